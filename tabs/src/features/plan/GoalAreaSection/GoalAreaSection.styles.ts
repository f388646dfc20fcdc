import { makeStyles, tokens } from '@fluentui/react-components';
import { cardHeading, overline, plainList, sectionCard } from '../../../shared/styles/blocks';

export const useGoalAreaSectionStyles = makeStyles({
  root: sectionCard,
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  headingBlock: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
  },
  overline: overline(tokens.colorNeutralForeground3),
  title: cardHeading(500),
  commitments: plainList(tokens.spacingVerticalM),
  empty: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  addRow: { display: 'flex' },
});

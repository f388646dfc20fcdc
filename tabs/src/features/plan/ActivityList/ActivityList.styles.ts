import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, shrinkingStack } from '../../../shared/styles/blocks';

export const useActivityListStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  itemHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  itemTitle: { flexGrow: 1, flexBasis: '10rem', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', paddingTop: '2px' },
  itemActions: { display: 'flex', flexShrink: 0 },
  line: { margin: 0, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic', fontSize: tokens.fontSizeBase200 },
  addRow: { display: 'flex' },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { cardHeader, cardHeading, commitmentCard, overline, sectionCard, shrinkingStack, summaryRow } from '../../../shared/styles/blocks';

export const useReportCommitmentsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  area: {
    ...sectionCard,
    '@media (max-width: 720px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  header: cardHeader,
  headingBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: '12rem' },
  overline: overline(tokens.colorNeutralForeground2),
  areaTitle: cardHeading(500),
  commitment: { ...commitmentCard, '@media (max-width: 720px)': { padding: tokens.spacingHorizontalM } },
  commitmentTitle: cardHeading(400),
  summary: summaryRow,
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(18rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  fields: shrinkingStack(tokens.spacingVerticalM),
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

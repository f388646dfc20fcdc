import { makeStyles, tokens } from '@fluentui/react-components';
import { cardHeader, cardHeading, commitmentCard, plainRow, summaryRow } from '../../../shared/styles/blocks';

export const useCommitmentCardStyles = makeStyles({
  root: { ...commitmentCard, backgroundColor: tokens.colorNeutralBackground1 },
  header: cardHeader,
  headingBlock: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    flexGrow: 1,
    minWidth: '12rem',
  },
  title: cardHeading(400),
  summary: summaryRow,
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  tags: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tagRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tagLabel: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  // Board goals are sentences: they wrap instead of running off a phone's screen.
  tag: { height: 'auto', minHeight: '24px', maxWidth: '100%' },
  tagText: { whiteSpace: 'normal', overflowWrap: 'anywhere', paddingTop: '2px', paddingBottom: '2px' },
  tagList: {
    ...plainRow(tokens.spacingHorizontalXS),
    minWidth: 0,
    maxWidth: '100%',
  },
  chain: {
    margin: 0,
    display: 'grid',
    // min(…, 100%): in a 320 px side panel one column narrower than 16rem, not a sideways scroll.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  chainItem: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  term: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  definition: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  missing: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  parts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(18rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

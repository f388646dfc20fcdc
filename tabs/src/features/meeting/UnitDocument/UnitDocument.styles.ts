import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack, smallHeading } from '../../../shared/styles/blocks';

export const useUnitDocumentStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalM),
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  stageTitle: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  changes: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  changesTitle: smallHeading,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  entry: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  field: { fontWeight: tokens.fontWeightSemibold },
  stage: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

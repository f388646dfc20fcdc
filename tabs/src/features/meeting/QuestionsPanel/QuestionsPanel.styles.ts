import { makeStyles, tokens } from '@fluentui/react-components';

export const useQuestionsPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' },
  unit: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: '10rem' },
  muted: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

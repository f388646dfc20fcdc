import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../../shared/styles/blocks';

export const useQuestionsPanelStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' },
  unit: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: '10rem' },
  muted: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

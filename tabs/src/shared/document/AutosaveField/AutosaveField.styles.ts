import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../styles/blocks';

export const useAutosaveFieldStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalXS),
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  textarea: { width: '100%' },
  readOnly: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

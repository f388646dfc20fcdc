import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../../shared/styles/blocks';

export const useNoteEditorStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalM),
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../styles/blocks';

export const useSectionProgressStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalXS),
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  label: { overflowWrap: 'anywhere' },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../styles/blocks';

export const useStatusActionsStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  missing: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack } from '../../../shared/styles/blocks';

export const useMeetingHeaderStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalXXS),
  kind: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bring: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { linkStyle } from '../../../lib/link-style';

export const usePublishPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  link: linkStyle,
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

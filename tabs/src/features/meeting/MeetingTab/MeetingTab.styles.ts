import { makeStyles, tokens } from '@fluentui/react-components';

export const useMeetingTabStyles = makeStyles({
  message: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

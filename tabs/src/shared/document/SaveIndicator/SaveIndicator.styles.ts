import { makeStyles, tokens } from '@fluentui/react-components';

export const useSaveIndicatorStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  busy: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  saved: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
});

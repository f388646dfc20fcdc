import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnnualFollowUpViewStyles = makeStyles({
  root: { maxWidth: '72rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

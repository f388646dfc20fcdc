import { makeStyles, tokens } from '@fluentui/react-components';

export const useSurveyViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '72rem', minWidth: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  round: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  roundTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

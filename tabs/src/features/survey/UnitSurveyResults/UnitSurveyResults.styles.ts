import { makeStyles, tokens } from '@fluentui/react-components';

export const useUnitSurveyResultsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  round: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  up: { color: tokens.colorStatusSuccessForeground1, fontSize: tokens.fontSizeBase200 },
  down: { color: tokens.colorStatusDangerForeground1, fontSize: tokens.fontSizeBase200 },
  same: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  none: {},
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, shrinkingStack } from '../../../shared/styles/blocks';

export const useAttendancePanelStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: plainList(tokens.spacingVerticalXXS),
  person: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

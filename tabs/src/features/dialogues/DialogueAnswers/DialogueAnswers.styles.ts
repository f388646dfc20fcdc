import { makeStyles, tokens } from '@fluentui/react-components';

export const useDialogueAnswersStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  warning: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `4px solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  warningTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  warningText: { margin: `${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase200 },
  people: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

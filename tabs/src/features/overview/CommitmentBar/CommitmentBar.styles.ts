import { makeStyles, tokens } from '@fluentui/react-components';

const segment = { display: 'block', height: '100%', minWidth: '4px' } as const;

export const useCommitmentBarStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '6rem' },
  bar: { display: 'flex', height: '8px', gap: '2px', borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  onTrack: { ...segment, backgroundColor: tokens.colorStatusSuccessBorderActive },
  atRisk: { ...segment, backgroundColor: tokens.colorStatusWarningBorderActive },
  offTrack: { ...segment, backgroundColor: tokens.colorStatusDangerBorderActive },
  none: { ...segment, backgroundColor: tokens.colorNeutralStroke1 },
  text: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

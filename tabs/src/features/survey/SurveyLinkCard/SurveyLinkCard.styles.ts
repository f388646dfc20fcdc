import { makeStyles, tokens } from '@fluentui/react-components';

export const useSurveyLinkCardStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  qr: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalS },
  // The code stays black on white in every theme so phones can read it.
  qrImage: {
    width: '176px',
    height: '176px',
    backgroundColor: tokens.colorNeutralForegroundStaticInverted,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  qrButtons: { display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: tokens.spacingHorizontalXS, maxWidth: '16rem' },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flexGrow: 1, flexBasis: '18rem', minWidth: 0 },
  linkRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  linkInput: { flexGrow: 1, minWidth: '12rem' },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorStatusSuccessForeground1, minHeight: '1em' },
  students: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  count: { width: '8rem' },
  rate: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

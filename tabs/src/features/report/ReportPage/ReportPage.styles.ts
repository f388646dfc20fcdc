import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPageStyles = makeStyles({
  root: {
    maxWidth: '72rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  groupHeader: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  groupHint: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '48rem' },
});

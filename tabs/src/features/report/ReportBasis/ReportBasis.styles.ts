import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportBasisStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  preview: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

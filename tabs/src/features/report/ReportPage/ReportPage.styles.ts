import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPageStyles = makeStyles({
  root: {
    maxWidth: '72rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

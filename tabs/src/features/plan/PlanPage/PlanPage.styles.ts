import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlanPageStyles = makeStyles({
  root: {
    maxWidth: '72rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  areas: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatisticsViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '72rem', minWidth: 0 },
});

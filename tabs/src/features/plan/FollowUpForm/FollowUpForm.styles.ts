import { makeStyles } from '@fluentui/react-components';

export const useFollowUpFormStyles = makeStyles({
  date: { maxWidth: '12rem' },
  textarea: { width: '100%' },
});

import { makeStyles } from '@fluentui/react-components';

export const useActivityFormStyles = makeStyles({
  textarea: { width: '100%' },
});

import { makeStyles } from '@fluentui/react-components';

export const useErrorBarStyles = makeStyles({
  body: { whiteSpace: 'normal' },
});

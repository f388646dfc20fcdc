import { makeStyles } from '@fluentui/react-components';

export const useConfirmButtonStyles = makeStyles({
  surface: { maxWidth: '32rem' },
  action: { whiteSpace: 'nowrap' },
});

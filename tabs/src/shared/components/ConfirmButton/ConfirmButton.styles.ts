import { makeStyles } from '@fluentui/react-components';

export const useConfirmButtonStyles = makeStyles({
  trigger: { flexShrink: 0 },
});

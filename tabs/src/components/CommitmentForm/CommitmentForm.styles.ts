import { makeStyles } from '@fluentui/react-components';

export const useCommitmentFormStyles = makeStyles({
  textarea: { width: '100%' },
});

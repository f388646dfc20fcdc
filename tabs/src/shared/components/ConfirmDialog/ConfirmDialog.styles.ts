import { makeStyles, tokens } from '@fluentui/react-components';

export const useConfirmDialogStyles = makeStyles({
  surface: { maxWidth: 'min(32rem, calc(100vw - 32px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useExportButtonStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

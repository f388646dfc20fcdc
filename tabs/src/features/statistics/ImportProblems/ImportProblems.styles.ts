import { makeStyles, tokens } from '@fluentui/react-components';

export const useImportProblemsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  more: { margin: 0, color: tokens.colorNeutralForeground2 },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnnualStatusActionsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, flexBasis: '20rem', flexGrow: 1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

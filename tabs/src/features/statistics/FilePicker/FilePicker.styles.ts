import { makeStyles, tokens } from '@fluentui/react-components';

export const useFilePickerStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  input: { display: 'none' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  hint: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useGeneratedSectionStyles = makeStyles({
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

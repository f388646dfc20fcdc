import { makeStyles, tokens } from '@fluentui/react-components';

export const useFactorTagsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tag: { maxWidth: '100%', textAlign: 'left', whiteSpace: 'normal', height: 'auto' },
  readOnly: { margin: 0, color: tokens.colorNeutralForeground2 },
});

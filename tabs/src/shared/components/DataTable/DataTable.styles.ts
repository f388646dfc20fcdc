import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';

const cell = { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top', textAlign: 'left' } as const;

export const useDataTableStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalS },
  hiddenCaption: visuallyHidden,
  th: {
    ...cell,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  marked: { backgroundColor: tokens.colorStatusWarningBackground1 },
  rowHeader: { ...cell, fontWeight: tokens.fontWeightSemibold },
  td: cell,
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

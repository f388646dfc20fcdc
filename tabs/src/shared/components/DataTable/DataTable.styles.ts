import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { columnHeader, tableCell, tableScroll } from '../../styles/blocks';

const cell = tableCell;

export const useDataTableStyles = makeStyles({
  scroll: tableScroll,
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalS },
  hiddenCaption: visuallyHidden,
  th: columnHeader,
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  marked: { backgroundColor: tokens.colorStatusWarningBackground1 },
  rowHeader: { ...cell, fontWeight: tokens.fontWeightSemibold },
  td: cell,
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // Narrow cells for a card in a 320 px side panel (key figures: years, municipality, country).
  denseTable: { width: 'auto', fontSize: tokens.fontSizeBase200 },
  dense: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: 'none' },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

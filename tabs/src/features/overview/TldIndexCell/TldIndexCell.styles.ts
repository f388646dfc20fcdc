import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';

export const useTldIndexCellStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // T, L and D side by side when there is room, one under the other when the table is squeezed.
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  // The screen-reader text is absolutely placed: kept inside the table's scroll region, not widening the page.
  item: { fontVariantNumeric: 'tabular-nums', position: 'relative', whiteSpace: 'nowrap' },
  area: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  up: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  same: { color: tokens.colorNeutralForeground2 },
  none: {},
  round: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  muted: { display: 'block', minWidth: '7rem', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  srOnly: visuallyHidden,
});

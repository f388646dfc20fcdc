import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';

export const useTldIndexCellStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // T, L and D one under the other: a narrow column that reads the same in every row (side by side they took 14 rem).
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // The screen-reader text is absolutely placed: kept inside the table's scroll region, not widening the page.
  item: { fontVariantNumeric: 'tabular-nums', position: 'relative', whiteSpace: 'nowrap' },
  area: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  up: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  same: { color: tokens.colorNeutralForeground2 },
  none: {},
  round: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  muted: { display: 'block', minWidth: '6rem', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  srOnly: visuallyHidden,
});

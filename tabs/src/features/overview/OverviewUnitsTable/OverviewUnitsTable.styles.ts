import { makeStyles, tokens } from '@fluentui/react-components';
import { columnHeader, mutedCaption, tableCell, tableScroll } from '../../../shared/styles/blocks';

// A little narrower between columns than other tables: seven columns share 934 px.
const cell = { ...tableCell, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalSNudge}` };

export const useOverviewUnitsTableStyles = makeStyles({
  scroll: tableScroll,
  // Fits the 934 px a 1280 px Teams tab leaves beside the navigation: headings and names wrap, TLD
  // areas stack when squeezed; narrower than this (1024 px) the table scrolls inside its region.
  table: { width: '100%', minWidth: '46rem', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: mutedCaption,
  th: { ...columnHeader, ...cell, whiteSpace: 'normal' },
  // Inline text, so a wrapped heading keeps its mark after the last word.
  sortButton: {
    display: 'inline-block',
    textAlign: 'left',
    padding: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    fontWeight: 'inherit',
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  sortMark: { marginLeft: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase100 },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // A long unit name wraps (a single long word too, past 10 rem: "Norrbackaskolan" stays whole) instead of widening the table.
  rowHeader: { ...cell, fontWeight: tokens.fontWeightSemibold, minWidth: '10rem', overflowWrap: 'anywhere' },
  form: { display: 'block', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  documents: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // The label beside its status when the column has room, above it when the table is squeezed.
  document: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  docLabel: { minWidth: '3.5rem', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  docStatus: { margin: 0 },
  td: cell,
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  // A badge's text stays on one line: wrapped, it overflows the badge's fixed height.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Wide enough that a key figure's label takes two lines, not four.
  figures: {
    minWidth: '10rem',
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  figure: { display: 'flex', flexDirection: 'column' },
  // The whole label, wrapped: cut off with an ellipsis it hid which figure it was.
  figureLabel: { color: tokens.colorNeutralForeground2 },
  figureValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  better: { color: tokens.colorStatusSuccessForeground1 },
  // The palette's red keeps 4.5:1 in the dark theme too (the status red is 4.2:1 on its background).
  worse: { color: tokens.colorPaletteRedForeground1 },
  flat: { color: tokens.colorNeutralForeground2 },
  none: { color: tokens.colorNeutralForeground2 },
});

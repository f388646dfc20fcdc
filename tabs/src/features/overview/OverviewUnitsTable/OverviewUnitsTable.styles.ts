import { makeStyles, tokens } from '@fluentui/react-components';
import { columnHeader, mutedCaption, tableCell, tableScroll } from '../../../shared/styles/blocks';

const cell = tableCell;

export const useOverviewUnitsTableStyles = makeStyles({
  scroll: tableScroll,
  table: { width: '100%', minWidth: '52rem', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: mutedCaption,
  th: columnHeader,
  sortButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
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
  sortMark: { fontSize: tokens.fontSizeBase100 },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  rowHeader: { ...cell, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  form: { display: 'block', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  documents: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    alignItems: 'center',
    justifyContent: 'start',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  docLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  docStatus: { margin: 0 },
  td: cell,
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figures: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  figure: { display: 'flex', flexDirection: 'column' },
  figureLabel: {
    color: tokens.colorNeutralForeground2,
    maxWidth: '11rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  figureValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  better: { color: tokens.colorStatusSuccessForeground1 },
  // The palette's red keeps 4.5:1 in the dark theme too (the status red is 4.2:1 on its background).
  worse: { color: tokens.colorPaletteRedForeground1 },
  flat: { color: tokens.colorNeutralForeground2 },
  none: { color: tokens.colorNeutralForeground2 },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';

const cell = { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: 'center', verticalAlign: 'middle' } as const;

export const useGoalAreaMatrixStyles = makeStyles({
  scroll: {
    // The containing block of the cells' screen-reader text, so it scrolls with the table instead of widening the page.
    position: 'relative',
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalS,
  },
  th: {
    ...cell,
    textAlign: 'left',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    verticalAlign: 'bottom',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  areaHeader: {
    ...cell,
    verticalAlign: 'bottom',
    minWidth: '6.5rem',
    maxWidth: '9rem',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  areaLabel: { display: 'block' },
  count: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  rowHeader: { ...cell, textAlign: 'left', fontWeight: tokens.fontWeightRegular, whiteSpace: 'nowrap' },
  cell: { ...cell, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  chosen: {
    ...cell,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightBold,
  },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  srOnly: visuallyHidden,
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { mutedCaption, tableScroll } from '../../../shared/styles/blocks';

const cell = { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: 'center', verticalAlign: 'middle' } as const;

export const useGoalAreaMatrixStyles = makeStyles({
  scroll: tableScroll,
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  caption: mutedCaption,
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

import { makeStyles, tokens } from '@fluentui/react-components';

const item = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
} as const;

export const useWheelEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(24rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  item,
  itemProblem: { ...item, borderLeft: `4px solid ${tokens.colorStatusDangerBorder2}` },
  itemHead: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  kind: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fields: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  monthDay: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, border: 'none', margin: 0, padding: 0 },
  legend: { fontSize: tokens.fontSizeBase300, padding: 0, marginBottom: tokens.spacingVerticalXXS },
  day: { width: '4.5rem' },
  time: { width: '5.5rem' },
  months: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorStatusDangerForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  problemList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  saved: { color: tokens.colorStatusSuccessForeground1 },
});

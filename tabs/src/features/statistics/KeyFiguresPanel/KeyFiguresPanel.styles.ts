import { makeStyles, tokens } from '@fluentui/react-components';
import { outlinedCard, smallHeading } from '../../../shared/styles/blocks';

export const useKeyFiguresPanelStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(20rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  card: { ...outlinedCard, backgroundColor: tokens.colorNeutralBackground1, minWidth: 0 },
  cardTitle: smallHeading,
  noData: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  latest: { margin: 0 },
  latestValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  latestYear: { color: tokens.colorNeutralForeground2 },
  better: { color: tokens.colorStatusSuccessForeground1, fontSize: tokens.fontSizeBase200 },
  // The palette's red keeps 4.5:1 in the dark theme too (the status red is 4.2:1 on its background).
  worse: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  flat: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  none: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  chart: { width: '100%', maxWidth: '14rem', height: 'auto' },
  bar: { fill: tokens.colorBrandBackground2Hover },
  barLatest: { fill: tokens.colorBrandBackground },
  barLabel: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, smallHeading } from '../../../shared/styles/blocks';

const bar = { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall } as const;

export const useShareBarsStyles = makeStyles({
  root: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  caption: { fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupLabel: smallHeading,
  list: plainList(tokens.spacingVerticalXS),
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 16rem) minmax(4rem, 1fr) 5.5rem',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    '@media (max-width: 520px)': { gridTemplateColumns: '1fr 4.5rem', rowGap: tokens.spacingVerticalXXS },
  },
  label: { fontSize: tokens.fontSizeBase200, '@media (max-width: 520px)': { gridColumn: '1 / -1' } },
  track: { height: '14px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  series0: { ...bar, backgroundColor: tokens.colorBrandBackground },
  series1: { ...bar, backgroundColor: tokens.colorPaletteTealBorderActive },
  series2: { ...bar, backgroundColor: tokens.colorNeutralStrokeAccessible },
  value: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

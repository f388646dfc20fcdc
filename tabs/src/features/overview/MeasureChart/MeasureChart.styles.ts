import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkingStack, smallHeading } from '../../../shared/styles/blocks';
import { visuallyHidden } from '../../../lib/visually-hidden';

export const useMeasureChartStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalM),
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  // A native select is as wide as its longest option: held to the card's width instead.
  picker: { flex: '1 1 18rem', minWidth: 0, maxWidth: '32rem' },
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Small multiples: one card per unit, as many across as fit; one column on a phone.
  units: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(17rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  unit: {
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  unitName: smallHeading,
  form: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  points: { listStyleType: 'none', margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, display: 'grid', gap: tokens.spacingVerticalXXS },
  point: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 7.5rem) minmax(0, 1fr) 3rem',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  period: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  bar: { display: 'block', width: '100%', height: '12px' },
  track: { fill: tokens.colorNeutralBackground3 },
  earlier: { fill: tokens.colorNeutralStrokeAccessible },
  latest: { fill: tokens.colorBrandBackground },
  value: { position: 'relative', textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  srOnly: visuallyHidden,
});

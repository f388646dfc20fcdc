import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, shrinkingStack } from '../../../shared/styles/blocks';

export const useOverviewViewStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalL),
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(34rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  factors: plainList(tokens.spacingVerticalS),
  factor: { display: 'grid', gridTemplateColumns: 'minmax(10rem, 2fr) 3fr 2rem', alignItems: 'center', gap: tokens.spacingHorizontalS },
  factorLabel: { fontSize: tokens.fontSizeBase200 },
  factorBarTrack: {
    height: '10px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  factorBar: { display: 'block', height: '100%', backgroundColor: tokens.colorBrandBackground },
  factorCount: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

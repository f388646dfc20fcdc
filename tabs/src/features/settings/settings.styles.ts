import { makeStyles, tokens } from '@fluentui/react-components';

/** The settings screen's panels share one look: rows that wrap on a phone. */
export const useSettingsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: '14rem' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  plain: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  retired: { color: tokens.colorNeutralForeground3 },
  heading: { margin: `${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  months: { display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: '2px', marginTop: tokens.spacingVerticalXS },
  month: { height: '6px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground4 },
  monthOn: { backgroundColor: tokens.colorBrandBackground },
});

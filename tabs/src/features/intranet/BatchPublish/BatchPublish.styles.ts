import { makeStyles, tokens } from '@fluentui/react-components';
import { dividedItem, metaText, plainList } from '../../../shared/styles/blocks';

export const useBatchPublishStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: plainList('0'),
  item: { ...dividedItem(tokens.spacingVerticalS), minWidth: 0 },
  label: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  title: { fontWeight: tokens.fontWeightSemibold },
  meta: metaText,
  // Under the label: past the checkbox's indicator (16 px) and its spacing.
  outcome: {
    marginLeft: `calc(16px + 3 * ${tokens.spacingHorizontalS})`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  published: { color: tokens.colorPaletteGreenForeground1 },
  unchanged: { color: tokens.colorNeutralForeground2 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

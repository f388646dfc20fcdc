import { makeStyles, tokens } from '@fluentui/react-components';
import { linedItem, plainList, stack } from '../../../shared/styles/blocks';

export const useDueForMeStyles = makeStyles({
  root: stack(tokens.spacingVerticalL),
  block: stack(tokens.spacingVerticalXS),
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: plainList(tokens.spacingVerticalS),
  item: linedItem(`3px solid ${tokens.colorBrandStroke1}`),
  what: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  badge: { alignSelf: 'flex-start' },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { linedItem, plainList, shrinkingStack, smallHeading, summaryRow } from '../../../shared/styles/blocks';

export const useFollowUpListStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  heading: smallHeading,
  list: plainList(tokens.spacingVerticalS),
  item: linedItem(`2px solid ${tokens.colorNeutralStroke2}`),
  meta: summaryRow,
  date: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  note: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  author: { color: tokens.colorNeutralForeground3 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: 'italic', fontSize: tokens.fontSizeBase200 },
  addRow: { display: 'flex' },
});

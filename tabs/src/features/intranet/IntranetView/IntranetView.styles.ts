import { makeStyles, tokens } from '@fluentui/react-components';
import { linkStyle } from '../../../lib/link-style';
import { visuallyHidden } from '../../../lib/visually-hidden';
import { dividedItem, metaText, plainList } from '../../../shared/styles/blocks';

export const useIntranetViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  list: plainList('0'),
  item: dividedItem(tokens.spacingVerticalM),
  link: linkStyle,
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: metaText,
  hidden: visuallyHidden,
});

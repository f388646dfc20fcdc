import { makeStyles, tokens } from '@fluentui/react-components';
import { linkStyle } from '../../../lib/link-style';
import { outlinedCard } from '../../../shared/styles/blocks';

export const useMyInvitationsStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { ...outlinedCard, borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  when: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  link: linkStyle,
  calendar: { marginLeft: tokens.spacingHorizontalS },
  other: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});

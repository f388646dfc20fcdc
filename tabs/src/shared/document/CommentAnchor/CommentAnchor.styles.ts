import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../../lib/visually-hidden';

export const useCommentAnchorStyles = makeStyles({
  button: { flexShrink: 0 },
  unresolved: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  thread: { alignSelf: 'stretch' },
  hidden: visuallyHidden,
});

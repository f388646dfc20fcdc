import { tokens } from '@fluentui/react-components';

/** A link in running text, as the tab's other links look (plain anchors keep Fluent's Link out of the bundle). */
export const linkStyle = {
  color: tokens.colorBrandForegroundLink,
  textDecorationLine: 'underline',
  ':hover': { color: tokens.colorBrandForegroundLinkHover },
  ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
} as const;

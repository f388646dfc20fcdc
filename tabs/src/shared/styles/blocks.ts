/**
 * Style blocks the screens share, spread into their makeStyles: one place for the cards, lists,
 * headings and rows that look the same everywhere. A screen adds only what is its own.
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** Children stacked in a column with the given gap. */
export const stack = (gap: string): GriffelStyle => ({ display: 'flex', flexDirection: 'column', gap });

/** A column that may shrink below its content's width (a panel in a narrow side panel or grid cell). */
export const shrinkingStack = (gap: string): GriffelStyle => ({ ...stack(gap), minWidth: 0 });

/** A small section heading (300, semibold, no margin). */
export const smallHeading: GriffelStyle = { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold };

/** An item set off by a line on its left (a follow-up, something due): stacked lines, indented. */
export const linedItem = (line: string): GriffelStyle => ({
  ...stack(tokens.spacingVerticalXXS),
  paddingLeft: tokens.spacingHorizontalM,
  borderLeft: line,
});

/** A list without bullets or indent, its items stacked with the given gap. */
export const plainList = (gap: string): GriffelStyle => ({ listStyleType: 'none', margin: 0, padding: 0, ...stack(gap) });

/** A row of a divided list (published pages, documents to publish): stacked lines, a thin line under it. */
export const dividedItem = (padding: string): GriffelStyle => ({
  ...stack(tokens.spacingVerticalXXS),
  padding: `${padding} 0`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
});

/** Small secondary text under a title: kind, year, dates. */
export const metaText: GriffelStyle = { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };

/** A note that asks for attention (what is due next, who could not be reached): the warning line on the left. */
export const warningNote: GriffelStyle = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  borderLeft: `4px solid ${tokens.colorStatusWarningBorder2}`,
  backgroundColor: tokens.colorStatusWarningBackground1,
};

/** A note's first line, in semibold. */
export const noteTitle: GriffelStyle = { margin: 0, fontWeight: tokens.fontWeightSemibold };

/** A raised section card with the brand line on top: a goal area, a unit on the personal page. */
export const sectionCard: GriffelStyle = {
  ...stack(tokens.spacingVerticalM),
  padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  borderTop: `3px solid ${tokens.colorBrandStroke1}`,
};

/** A commitment's card: outlined, the brand line on the left. */
export const commitmentCard: GriffelStyle = {
  ...stack(tokens.spacingVerticalM),
  padding: tokens.spacingHorizontalL,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderLeft: `4px solid ${tokens.colorBrandStroke2}`,
};

/** A small outlined card: an invitation, a key figure, a dialogue group. */
export const outlinedCard: GriffelStyle = {
  ...stack(tokens.spacingVerticalS),
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

/** A card's heading: a goal area's (500) or a commitment's (400), wrapping long words. */
export const cardHeading = (size: 400 | 500): GriffelStyle => ({
  margin: 0,
  fontSize: size === 500 ? tokens.fontSizeBase500 : tokens.fontSizeBase400,
  lineHeight: size === 500 ? tokens.lineHeightBase500 : tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
  overflowWrap: 'anywhere',
});

/** The small capitals above a heading ("Målområde"). */
export const overline = (color: string): GriffelStyle => ({
  fontSize: tokens.fontSizeBase100,
  fontWeight: tokens.fontWeightSemibold,
  textTransform: 'uppercase',
  letterSpacing: '0.04em',
  color,
});

/** A card's header: heading block and actions side by side, wrapping on narrow screens. */
export const cardHeader: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
};

/** A row of small secondary facts (status, dates, counts). */
export const summaryRow: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: tokens.spacingHorizontalS,
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground2,
};

/** A list laid out as a wrapping row, without bullets or indent. */
export const plainRow = (gap: string): GriffelStyle => ({
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap,
});

/** A wide table's scroll box: scrolls sideways on a narrow screen, focusable by keyboard. */
export const tableScroll: GriffelStyle = {
  // The containing block of the cells' screen-reader text, so it scrolls with the table instead of widening the page.
  position: 'relative',
  overflowX: 'auto',
  maxWidth: '100%',
  ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
};

/** A table cell of the data tables: top-aligned, left, small padding. */
export const tableCell = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  verticalAlign: 'top',
  textAlign: 'left',
} as const;

/** A data table's column heading: small, semibold, secondary, on one line, ruled below. */
export const columnHeader: GriffelStyle = {
  ...tableCell,
  fontSize: tokens.fontSizeBase200,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground2,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  whiteSpace: 'nowrap',
};

/** A table's caption in small secondary text. */
export const mutedCaption: GriffelStyle = {
  textAlign: 'left',
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
  paddingBottom: tokens.spacingVerticalS,
};

import { makeStyles, tokens } from '@fluentui/react-components';
import { noteTitle, sectionCard, warningNote } from '../../../shared/styles/blocks';

export const usePersonalPageStyles = makeStyles({
  root: { maxWidth: '60rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  units: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(24rem, 100%), 1fr))', gap: tokens.spacingHorizontalL },
  unit: { ...sectionCard, minWidth: 0 },
  unitHeader: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  unitName: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  unitMeta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  due: warningNote,
  dueTitle: noteTitle,
  dueList: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  // On the warning background the brand colour is too faint in dark themes: the underline marks the link.
  dueLink: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline',
    ':hover': { textDecorationThickness: '2px' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../../shared/styles/blocks';

export const useAppNavStyles = makeStyles({
  list: {
    ...plainList(tokens.spacingVerticalXXS),
    '@media (max-width: 720px)': { flexDirection: 'row', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    '@media (max-width: 720px)': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
});

import { makeStyles, tokens } from '@fluentui/react-components';

/** A document not started yet (plan, report): a dashed card with what to do. */
export const useNotStartedStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    maxWidth: '44rem',
    boxSizing: 'border-box',
    '@media (max-width: 720px)': { padding: tokens.spacingHorizontalL },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
});

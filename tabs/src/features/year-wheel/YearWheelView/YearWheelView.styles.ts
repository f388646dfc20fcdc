import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, shrinkingStack } from '../../../shared/styles/blocks';

export const useYearWheelViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '84rem', minWidth: 0 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  wheel: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  list: {
    ...plainList(tokens.spacingVerticalS),
    flexBasis: '16rem',
    flexGrow: 1,
    minWidth: 0,
  },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  number: {
    flexShrink: 0,
    width: '22px',
    height: '22px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dialogueWindow: { boxShadow: `inset 0 0 0 3px ${tokens.colorBrandBackground}` },
  surveyRound: { boxShadow: `inset 0 0 0 3px ${tokens.colorPaletteTealBorderActive}` },
  documentDeadline: { boxShadow: `inset 0 0 0 3px ${tokens.colorPaletteMarigoldBorderActive}` },
  boardMeeting: { boxShadow: `inset 0 0 0 3px ${tokens.colorPaletteBerryBorderActive}` },
  milestone: { boxShadow: `inset 0 0 0 3px ${tokens.colorPalettePurpleBorderActive}` },
  checkIn: { boxShadow: `inset 0 0 0 3px ${tokens.colorNeutralForeground3}` },
  text: shrinkingStack(tokens.spacingVerticalXXS),
  label: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

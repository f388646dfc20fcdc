import { makeStyles, tokens } from '@fluentui/react-components';

export const useInitialsStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
    userSelect: 'none',
  },
  small: { width: '28px', height: '28px', fontSize: tokens.fontSizeBase100 },
  medium: { width: '32px', height: '32px', fontSize: tokens.fontSizeBase200 },
  // Fluent's own avatar palette, so it reads like Teams in every theme.
  c0: { backgroundColor: tokens.colorPaletteBerryBackground2, color: tokens.colorPaletteBerryForeground2 },
  c1: { backgroundColor: tokens.colorPaletteDarkGreenBackground2, color: tokens.colorPaletteDarkGreenForeground2 },
  c2: { backgroundColor: tokens.colorPaletteMarigoldBackground2, color: tokens.colorPaletteMarigoldForeground2 },
  c3: { backgroundColor: tokens.colorPaletteRoyalBlueBackground2, color: tokens.colorPaletteRoyalBlueForeground2 },
  c4: { backgroundColor: tokens.colorPaletteLavenderBackground2, color: tokens.colorPaletteLavenderForeground2 },
  c5: { backgroundColor: tokens.colorPaletteTealBackground2, color: tokens.colorPaletteTealForeground2 },
  c6: { backgroundColor: tokens.colorPaletteCranberryBackground2, color: tokens.colorPaletteCranberryForeground2 },
  c7: { backgroundColor: tokens.colorPaletteSteelBackground2, color: tokens.colorPaletteSteelForeground2 },
});

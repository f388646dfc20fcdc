import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** Teams' theme names (app.theme) to Fluent themes. */
export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

export function toThemeName(raw: string | null | undefined): ThemeName {
  return raw === 'dark' || raw === 'contrast' ? raw : 'default';
}

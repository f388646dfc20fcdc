import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'default' | 'dark' | 'contrast';

/**
 * Teams' theme names (app.theme) to Fluent themes. All three are in the first bundle: the token
 * tables share one module in @fluentui/tokens, so loading dark/contrast lazily saved almost
 * nothing and made dark Teams flash light first.
 */
export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

export function toThemeName(raw: string | null | undefined): ThemeName {
  return raw === 'dark' || raw === 'contrast' ? raw : 'default';
}

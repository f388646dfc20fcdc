import type { ThemeName } from './theme';
import { toThemeName } from './theme';
import { looksLikeTeams } from './looks-like-teams';

export { looksLikeTeams };

type TeamsJs = typeof import('./teams-sdk');

/** Where the tab runs: inside Teams (teams-js initialised) or a plain browser. */
export type Host =
  | { kind: 'teams'; teams: TeamsJs; theme: ThemeName; onThemeChange(handler: (theme: ThemeName) => void): void }
  | { kind: 'browser'; theme: ThemeName };

/**
 * Initialises teams-js when the page looks like it is in Teams. teams-js is loaded only then,
 * so the browser build does not carry it; a host that never answers falls back to the browser.
 */
export async function detectHost(timeoutMs = 4000): Promise<Host> {
  const params = new URLSearchParams(window.location.search);
  const browser: Host = { kind: 'browser', theme: toThemeName(params.get('theme')) };
  if (!looksLikeTeams()) return browser;
  try {
    const teams = await import('./teams-sdk');
    await withTimeout(teams.app.initialize(), timeoutMs);
    const context = await withTimeout(teams.app.getContext(), timeoutMs);
    return {
      kind: 'teams',
      teams,
      theme: toThemeName(context.app.theme),
      onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((t) => handler(toThemeName(t))),
    };
  } catch {
    return browser;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

import { ApiClient } from '../../api/client';
import type { AppConfig } from '../../api/types';
import { toApiError, type ApiError } from '../../api/api-error';
import type { AuthProvider } from '../../auth/auth-provider';
import { DevAuth } from '../../auth/dev-auth';
import { TeamsSsoAuth } from '../../auth/teams-sso-auth';
import { detectHost, type Host } from '../../host/host';
import { prefetchLinkedPlan } from '../../shared/hooks/prefetch';
import { preloadable } from '../../lib/preloadable';

// The demo sign-in is only for local runs: it is not part of what Teams loads.
export const devSignIn = preloadable(() => import('../DevSignIn/DevSignIn'));

export type Boot =
  | { status: 'starting' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; host: Host; config: AppConfig; auth: AuthProvider; api: ApiClient };

/**
 * Finds the host, reads the server's config (both at once) and picks how people sign in. The
 * config may already be on its way (asked for before React started). A link to a plan is
 * asked for as soon as it is known who asks.
 */
export async function boot(
  onUnauthorized: () => void,
  earlyConfig?: Promise<AppConfig>,
  onLinkedPlan?: (answered: Promise<unknown>) => void,
): Promise<Boot> {
  let auth: AuthProvider | null = null;
  const api = new ApiClient({ getToken: () => auth?.getToken() ?? Promise.resolve(null), onUnauthorized });
  const [host, config] = await Promise.all([detectHost(), earlyConfig ?? api.config()]);
  // A server in dev mode uses the demo sign-in even inside Teams (local sideloading).
  auth = config.authMode === 'dev' || host.kind === 'browser' ? new DevAuth() : new TeamsSsoAuth(host.teams.authentication);
  // The page's first script asked with the demo sign-in's token: its answer serves that sign-in only.
  if (!(auth instanceof DevAuth) || auth.signedIn)
    onLinkedPlan?.(prefetchLinkedPlan(api, config.currentSchoolYear, { earlyIsValid: auth instanceof DevAuth }));
  else void devSignIn.load();
  return { status: 'ready', host, config, auth, api };
}

/** The first boot, started by main.tsx before React renders; settled is set once it is over, so the first render can start from it. */
export interface FirstBoot {
  promise: Promise<Boot>;
  /** Resolves when the boot is over and the linked plan's answer is in (or failed). */
  opened: Promise<unknown>;
  settled?: Boot;
  /** Who hears a 401 (the app, once it renders); one heard before that is passed on then. */
  onUnauthorized(handler: () => void): void;
}

export function startBoot(earlyConfig?: Promise<AppConfig>): FirstBoot {
  let handler: (() => void) | null = null;
  let missed = false;
  let linked: Promise<unknown> = Promise.resolve();
  const promise = boot(
    () => (handler ? handler() : (missed = true)),
    earlyConfig,
    (p) => (linked = p),
  ).catch((e: unknown): Boot => ({ status: 'failed', error: toApiError(e) }));
  const first: FirstBoot = {
    promise,
    opened: promise.then(() => linked),
    onUnauthorized(h) {
      handler = h;
      if (!missed) return;
      missed = false;
      h();
    },
  };
  void first.promise.then((b) => (first.settled = b));
  return first;
}

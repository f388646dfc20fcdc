/**
 * The page's first script: inlined into index.html by tabs/build.mjs at the top of its head (so
 * its requests queue before the scripts' on HTTP/1.1's six connections) and run while the HTML is
 * parsed, some hundreds of ms before the app's modules have loaded and run. It asks for the
 * server's config, for the linked plan when the demo sign-in's token is already in the tab (in
 * Teams the token needs teams-js: the app asks then), and preloads the chunks of the screen the
 * link opens, all at once instead of one import after another. The app takes the answers
 * (early-requests.ts); nothing here renders or decides, and a failure only means the app asks again.
 */
import { DEV_TOKEN_KEY } from '../auth/dev-auth';
import { looksLikeTeams } from '../host/looks-like-teams';
import { linkedChunks, linkedPlan } from './early-link';
import type { EarlyRequests } from './early-requests';

/** Filled in by tabs/build.mjs: the built chunks (their names under /assets/chunks/, without .js), and each lazily loaded chunk's static closure (indexes into files). */
declare const __SKA_CHUNKS__: { files: string[]; chunks: Record<string, number[]> };

// The same timeout as the app's Http (http.ts), ending in the same AbortError (TIMEOUT).
function get(path: string, token?: string | null): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  const response = fetch(path, {
    headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    cache: 'no-store',
    signal: controller.signal,
  });
  response.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return response;
}

function start() {
  const search = window.location.search;
  const inTeams = looksLikeTeams();
  let token: string | null = null;
  try {
    token = window.sessionStorage.getItem(DEV_TOKEN_KEY);
  } catch {
    // storage blocked: the app signs in as usual
  }
  const early: EarlyRequests = {};
  window.__skaEarly = early;

  const config = get('/api/config');
  early.config = config;
  config.catch(() => undefined);

  const plan = !inTeams && token ? linkedPlan(search) : null;
  if (plan) {
    const path = (schoolYear: string) => `/api/units/${encodeURIComponent(plan.unitId)}/plans/${schoolYear.replace('/', '-')}`;
    // Without a year in the link, the current one: the config says which.
    const response = plan.schoolYear
      ? get(path(plan.schoolYear), token)
      : config
          .then((res) => (res.ok ? (res.clone().json() as Promise<{ currentSchoolYear?: unknown }>) : null))
          .then((c) => {
            if (typeof c?.currentSchoolYear !== 'string') throw new Error('no current school year');
            return get(path(c.currentSchoolYear), token);
          });
    response.catch(() => undefined);
    early.plan = { unitId: plan.unitId, schoolYear: plan.schoolYear, response };
  }

  // The screen's chunks queue after the first bundle's (index.html calls this after its own
  // modulepreloads): the first bundle runs while they load.
  early.preloadScreen = () => {
    delete early.preloadScreen;
    const { files, chunks } = __SKA_CHUNKS__;
    const seen = new Set<number>();
    for (const name of linkedChunks(search, { inTeams, signedIn: token !== null }))
      for (const i of chunks[name] ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = `/assets/chunks/${files[i]}.js`;
        document.head.appendChild(link);
      }
  };
}

try {
  start();
} catch {
  // the app starts as if this had not run
}

/**
 * What the page's first script (early.ts, inlined into index.html) started before the app's
 * modules had loaded: the server's config and the linked plan, as fetch answers the app's Http
 * reads (Http.adopt), so errors come out as from any other request.
 */
export interface EarlyRequests {
  config?: Promise<Response>;
  /** The linked plan (linkedPlan), asked for with the demo sign-in's token already in the tab. */
  /** schoolYear null: the current one, read from the same config. */
  plan?: { unitId: string; schoolYear: string | null; response: Promise<Response> };
  /** Preloads the chunks of the screen the link opens; index.html calls it after the first bundle's preloads. */
  preloadScreen?: () => void;
}

declare global {
  interface Window {
    __skaEarly?: EarlyRequests;
  }
}

/** The early requests, each taken once (a retry asks the server again). */
export function takeEarly<K extends keyof EarlyRequests>(key: K): EarlyRequests[K] {
  const early = window.__skaEarly;
  const value = early?.[key];
  if (early) delete early[key];
  return value;
}

import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads on demand and can be asked for early. Once loaded it renders
 * directly: React.lazy would still suspend on first use, and React holds a revealed Suspense
 * boundary back for up to 300 ms, which showed as a pause when switching to a preloaded view.
 */
export function preloadable<P extends object>(factory: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const load = () =>
    (pending ??= factory().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(load);
  function Preloadable(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, load };
}

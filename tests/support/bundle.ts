import { build } from 'esbuild';

/**
 * One browser script from a TypeScript entry, bundled as the tab's build does (ESM, ES2022, React's
 * production build); alias swaps a package for a stand-in (e.g. teams-js for a fake).
 */
export async function bundle(entry: string, options: { alias?: Record<string, string> } = {}): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: options.alias,
  });
  return out.outputFiles[0].text;
}

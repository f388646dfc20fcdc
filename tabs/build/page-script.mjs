// One light page's script (the survey page, the consent pages): bundled on its own into
// dist/tabs/assets with a hashed name, without the tabs' React and Fluent.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const out = join(root, 'dist', 'tabs');

/** Bundles `entry` as `name`; returns the script's path from the site root and its size. */
export async function buildPageScript(name, entry) {
  mkdirSync(join(out, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: { [name]: entry },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'));
  return { src: '/' + relative(out, join(root, script)).split('\\').join('/'), bytes: result.metafile.outputs[script].bytes };
}

// Builds the two consent pages (auth-start.html, auth-end.html) into dist/tabs.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'dist', 'tabs');
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await build({
  entryPoints: { consent: join(here, 'consent.ts') },
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
const src = '/' + relative(out, join(root, script)).split('\\').join('/');
for (const [file, title] of [
  ['auth-start.html', 'Logga in'],
  ['auth-end.html', 'Klart'],
]) {
  writeFileSync(
    join(out, file),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>${title}</title></head><body><p>${title}…</p><script type="module" src="${src}"></script></body></html>\n`,
  );
}
console.log(`auth-start.html, auth-end.html: ${src}`);

// Builds the anonymous survey page (/s/:code) into dist/tabs: survey.html + a hashed script.
// Separate from the tabs' build: it is a light page for phones, with no React or Fluent.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'dist', 'tabs');
mkdirSync(join(out, 'assets'), { recursive: true });

const result = await build({
  entryPoints: { survey: join(here, 'survey-page.ts') },
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
const css = readFileSync(join(here, 'survey.css'), 'utf8');
const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Enkät – trygghet, lärande och delaktighet</title>
<style>${css}</style>
</head>
<body>
<main id="survey" aria-live="polite"><p class="meta">Laddar enkäten…</p></main>
<script type="module" src="${src}"></script>
</body>
</html>
`;
writeFileSync(join(out, 'survey.html'), html);
console.log(`survey.html: ${src} (${(result.metafile.outputs[script].bytes / 1024).toFixed(0)} kB minified)`);

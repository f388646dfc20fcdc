// Builds the anonymous survey page (/s/:code) into dist/tabs: survey.html + a hashed script.
// Separate from the tabs' build: it is a light page for phones, with no React or Fluent.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPageScript, out } from '../build/page-script.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { src, bytes } = await buildPageScript('survey', join(here, 'survey-page.ts'));
const css = readFileSync(join(here, 'survey.css'), 'utf8');
const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
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
console.log(`survey.html: ${src} (${(bytes / 1024).toFixed(0)} kB minified)`);

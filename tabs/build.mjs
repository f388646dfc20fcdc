// Builds the Teams tab: esbuild bundles the two entry points into content-hashed ES modules
// under dist/tabs/assets and writes the HTML shells that reference them (found via the metafile).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fluentDeepImports, fluentImports } from './build/fluent-imports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = join(root, 'dist', 'tabs');
const outdir = join(outRoot, 'assets');

const entries = [
  { name: 'main', source: 'tabs/src/main.tsx', html: 'index.html', title: 'Systematiskt kvalitetsarbete', early: true },
  {
    name: 'config-page',
    source: 'tabs/src/config-page.tsx',
    html: 'config.html',
    title: 'Lägg till fliken – Systematiskt kvalitetsarbete',
  },
];

const started = Date.now();
rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map((e) => [e.name, e.source])),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'edge110', 'safari16', 'firefox115'],
  minify: true,
  sourcemap: 'linked',
  jsx: 'automatic',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [fluentImports({ root }), fluentDeepImports({ root })],
});

const outputs = result.metafile.outputs;
const url = (file) => '/' + relative(outRoot, join(root, file)).split('\\').join('/');

/** The entry's output file and the chunks it imports statically (preloaded so they load in parallel). */
function entryFiles(source) {
  const [file] = Object.entries(outputs).find(([, o]) => o.entryPoint === source) ?? [];
  if (!file) throw new Error(`esbuild produced no output for ${source}`);
  const preload = new Set();
  const visit = (f) => {
    for (const imp of outputs[f]?.imports ?? []) {
      if (imp.kind === 'import-statement' && !preload.has(imp.path)) {
        preload.add(imp.path);
        visit(imp.path);
      }
    }
  };
  visit(file);
  return { file, preload: [...preload] };
}

/**
 * Each lazily loaded chunk (a dynamic import's target, named by its source file) with its static
 * closure beyond what the page preloads anyway: the page's first script preloads the ones its
 * link opens (tabs/src/early/early-link.ts), so a screen's chunks load at once, not in a waterfall.
 */
async function lazyChunks(initial) {
  const link = await build({
    absWorkingDir: root,
    entryPoints: ['tabs/src/early/early-link.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'warning',
  });
  const { EARLY_CHUNKS: wanted } = await import(`data:text/javascript;base64,${Buffer.from(link.outputFiles[0].text).toString('base64')}`);
  const files = [];
  const chunks = {};
  // Chunks by their name under /assets/chunks/ without ".js" (early.ts adds both back).
  const index = (f) => {
    const name = url(f).replace(/^\/assets\/chunks\/(.+)\.js$/, '$1');
    if (name === url(f)) throw new Error(`a lazily loaded file outside assets/chunks: ${f}`);
    const at = files.indexOf(name);
    return at >= 0 ? at : files.push(name) - 1;
  };
  for (const [file, o] of Object.entries(outputs)) {
    if (!o.entryPoint || !file.includes('/chunks/') || file.endsWith('.map')) continue;
    const closure = [file];
    for (let i = 0; i < closure.length; i++)
      for (const imp of outputs[closure[i]]?.imports ?? [])
        if (imp.kind === 'import-statement' && !closure.includes(imp.path)) closure.push(imp.path);
    const name = basename(o.entryPoint).replace(/\.tsx?$/, '');
    if (!wanted.includes(name)) continue;
    if (chunks[name]) throw new Error(`two lazily loaded chunks named ${name}: early-link.ts could not tell them apart`);
    chunks[name] = closure.filter((f) => !initial.has(f)).map(index);
  }
  const missing = wanted.filter((name) => !chunks[name]);
  if (missing.length) throw new Error(`early-link.ts names chunks the build has not: ${missing.join(', ')}`);
  return { files, chunks };
}

/** The page's first script (tabs/src/early/early.ts), inlined so it runs while the HTML is parsed. */
async function earlyScript(initial) {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ['tabs/src/early/early.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'edge110', 'safari16', 'firefox115'],
    minify: true,
    define: { __SKA_CHUNKS__: JSON.stringify(await lazyChunks(initial)) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return out.outputFiles[0].text.trim().replace(/<\//g, '<\\/');
}

const html = ({ title }, { file, preload }, early) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${early ? `<script>${early}</script>\n` : ''}<title>${title}</title>
<style>html,body{margin:0;padding:0;min-height:100%}body{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}</style>
${preload.map((p) => `<link rel="modulepreload" href="${url(p)}">`).join('\n')}
<script type="module" src="${url(file)}"></script>
${early ? `<script>window.__skaEarly?.preloadScreen?.()</script>\n` : ''}</head>
<body>
<div id="root"><p role="status" style="margin:40vh 0 0;text-align:center;color:#616161">Startar…</p></div>
<noscript>Appen behöver JavaScript.</noscript>
</body>
</html>
`;

for (const entry of entries) {
  const files = entryFiles(entry.source);
  const early = entry.early ? await earlyScript(new Set([files.file, ...files.preload])) : null;
  writeFileSync(join(outRoot, entry.html), html(entry, files, early));
  const bytes = [files.file, ...files.preload].reduce((sum, f) => sum + outputs[f].bytes, 0);
  console.log(
    `${entry.html}: ${basename(files.file)} + ${files.preload.length} chunk(s)${early ? ` + ${(early.length / 1024).toFixed(1)} kB inline` : ''}, ${(bytes / 1024).toFixed(1)} kB initial JS (minified)`,
  );
}
console.log(`Built tabs into ${relative(root, outRoot)} in ${Date.now() - started} ms`);

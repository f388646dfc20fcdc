// Builds the two consent pages (auth-start.html, auth-end.html) into dist/tabs.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPageScript, out } from '../build/page-script.mjs';

const { src } = await buildPageScript('consent', join(dirname(fileURLToPath(import.meta.url)), 'consent.ts'));
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

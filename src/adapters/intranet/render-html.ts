import { cellText, type PageBlock, type PageCell } from '../../domain/page';
import type { PageRenderer } from '../../app/ports/renderers';

/** Every text goes through here: no field can bring markup or script onto a page. */
export const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"'`]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!,
  );

const paragraphs = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/** Only our own addresses become links: http(s) or a path from the root; anything else stays text. */
const safeHref = (href: string) => /^(https?:\/\/|\/(?!\/))/i.test(href);

function cell(value: PageCell): string {
  if (value && typeof value === 'object')
    return safeHref(value.href) ? `<a href="${escapeHtml(value.href)}">${escapeHtml(value.text)}</a>` : escapeHtml(value.text);
  return typeof value === 'number' ? `<span class="num">${escapeHtml(cellText(value))}</span>` : paragraphs(cellText(value));
}

/** The page body as HTML made only from our own tags around escaped text. */
export function renderBlocks(blocks: PageBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
        case 'paragraph':
          return b.tone === 'muted' ? `<p><em>${paragraphs(b.text)}</em></p>` : `<p>${paragraphs(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        case 'links':
          return `<p class="links">${b.items.map((l) => cell(l)).join(' · ')}</p>`;
        case 'table':
          return (
            `<table>${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ''}` +
            `<thead><tr>${b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>` +
            `<tbody>${b.rows.map((r) => `<tr>${r.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
          );
      }
    })
    .join('\n');
}

/** A whole standalone page (the local stand-in for a SharePoint site page); `site` is the municipality or the site's name. */
export function renderDocument(title: string, blocks: PageBlock[], site: string): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)} – ${escapeHtml(site)}</title>
<style>
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;color:#242424;background:#f5f5f5;line-height:1.5}
header{background:#2b6f5e;color:#fff;padding:14px 24px;font-weight:600}
main{max-width:900px;margin:0 auto;background:#fff;padding:24px 28px 48px}
h1{font-size:1.9rem;margin:.2em 0 .4em}h2{font-size:1.35rem;margin:1.4em 0 .4em;border-bottom:1px solid #e0e0e0;padding-bottom:4px}h3{font-size:1.1rem;margin:1.1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.6em 0 1em;font-size:.95rem;display:block;overflow-x:auto}
th,td{border:1px solid #d1d1d1;padding:6px 8px;text-align:left;vertical-align:top}th{background:#e3efeb}caption{text-align:left;font-weight:600;padding:4px 0}
em{color:#555}.num{white-space:nowrap}a{color:#1f5c4d}
</style></head>
<body><header>${site && site !== 'Intranät' ? `Intranät · ${escapeHtml(site)}` : 'Intranät'}</header><main>
${renderBlocks(blocks)}
</main></body></html>`;
}

/** The page renderer port (src/app/ports/renderers.ts): our own escaped HTML. */
export const htmlPageRenderer: PageRenderer = { page: renderDocument };

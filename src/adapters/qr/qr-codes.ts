import QRCode from 'qrcode';
import type { QrPosterInput, QrRenderer } from '../../app/ports/renderers';

const OPTIONS = { errorCorrectionLevel: 'M' as const, margin: 2 };

export const qrSvg = (url: string) => QRCode.toString(url, { ...OPTIONS, type: 'svg' });
// 600 px: about 18 px per module for a link's QR code, sharp on a printed page (the poster uses the SVG).
// Encoding is pure JS (pngjs): ~0.2 s in node, ~12 s at 1200 px inside jest's sandbox, which timed the test out.
export const qrPng = (url: string) => QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 600 });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A printable A4 poster: the unit's name, the round, the QR code and the link written out. */
export async function qrPoster(input: QrPosterInput): Promise<string> {
  const svg = await qrSvg(input.url);
  const who = input.assisted
    ? 'Barnen svarar tillsammans med en vuxen på en surfplatta.'
    : 'Skanna koden med mobilen eller skriv in länken. Det tar fem minuter.';
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(input.roundLabel)} – ${escapeHtml(input.unitName)}</title>
<style>
  @page { size: A4; margin: 18mm; }
  body { font-family: "Segoe UI", system-ui, sans-serif; color: #1b1b1b; text-align: center; margin: 0; }
  .muni { color: #2b6f5e; font-weight: 600; letter-spacing: .02em; }
  h1 { font-size: 34pt; margin: 10mm 0 2mm; }
  h2 { font-size: 20pt; font-weight: 500; margin: 0 0 8mm; }
  .qr svg { width: 120mm; height: 120mm; }
  .url { font-family: ui-monospace, monospace; font-size: 13pt; word-break: break-all; margin-top: 6mm; }
  p { font-size: 14pt; max-width: 150mm; margin: 6mm auto; }
  .anon { color: #444; font-size: 12pt; }
</style></head>
<body>
  <div class="muni">${escapeHtml(input.municipalityName)}</div>
  <h1>${escapeHtml(input.unitName)}</h1>
  <h2>Trygghet, lärande och delaktighet – ${escapeHtml(input.roundLabel)}</h2>
  <div class="qr" role="img" aria-label="QR-kod till enkäten">${svg}</div>
  <div class="url">${escapeHtml(input.url)}</div>
  <p>${escapeHtml(who)}</p>
  <p class="anon">Enkäten är anonym: inget namn, ingen inloggning. Ingen kan se vad just du har svarat.</p>
</body></html>`;
}

/** The QR renderer port (src/app/ports/renderers.ts) on the qrcode package. */
export const qrcodeRenderer: QrRenderer = { svg: qrSvg, png: qrPng, poster: qrPoster };

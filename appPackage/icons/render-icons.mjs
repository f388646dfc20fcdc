#!/usr/bin/env node
// Renders the Teams app icons appPackage/color.png (192×192) and
// appPackage/outline.png (32×32, white on transparent) from inline SVG with
// headless Chromium (playwright-core).
//
//   node appPackage/icons/render-icons.mjs
//
// Needs a Chromium binary: /usr/bin/chromium by default, or set CHROMIUM_PATH.
// The mark: a white "cycle" arrow (the yearly quality-work loop) around an
// upward arrow (improvement), on a rounded square in the accent colour #2B6F5E.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCENT = '#2B6F5E';

const rad = (deg) => (deg * Math.PI) / 180;
const pt = (cx, cy, r, deg) => [cx + r * Math.cos(rad(deg)), cy + r * Math.sin(rad(deg))];
const f = (n) => n.toFixed(2);

/**
 * The white mark in a 192×192 coordinate space (centre 96,96).
 * Angles are SVG angles (0° = right, 90° = down); the ring runs clockwise
 * from START to END, leaving a gap at the top that the arrowhead points into.
 */
function mark({ r = 54, stroke = 14, head = 17, arrowStroke = 13 } = {}) {
  const cx = 96;
  const cy = 96;
  const START = -62;
  const END = 226; // where the ring stroke stops and the arrowhead base sits
  const [sx, sy] = pt(cx, cy, r, START);
  const [ex, ey] = pt(cx, cy, r, END);
  const ring = `M ${f(sx)} ${f(sy)} A ${r} ${r} 0 1 1 ${f(ex)} ${f(ey)}`;

  // Arrowhead: base across the ring (radial direction) at END, tip further
  // along the clockwise tangent.
  const tangent = [-Math.sin(rad(END)), Math.cos(rad(END))];
  const radial = [Math.cos(rad(END)), Math.sin(rad(END))];
  const tip = [ex + tangent[0] * head * 1.25, ey + tangent[1] * head * 1.25];
  const b1 = [ex + radial[0] * head, ey + radial[1] * head];
  const b2 = [ex - radial[0] * head, ey - radial[1] * head];
  const arrowHead = `M ${f(tip[0])} ${f(tip[1])} L ${f(b1[0])} ${f(b1[1])} L ${f(b2[0])} ${f(b2[1])} Z`;

  // Upward arrow in the middle.
  const up = `M 96 124 L 96 80`;
  const upHead = `M 96 60 L 117 86 L 75 86 Z`;

  return `
    <path d="${ring}" fill="none" stroke="#FFFFFF" stroke-width="${stroke}" stroke-linecap="round"/>
    <path d="${arrowHead}" fill="#FFFFFF" stroke="#FFFFFF" stroke-width="2" stroke-linejoin="round"/>
    <path d="${up}" fill="none" stroke="#FFFFFF" stroke-width="${arrowStroke}" stroke-linecap="round"/>
    <path d="${upHead}" fill="#FFFFFF" stroke="#FFFFFF" stroke-width="4" stroke-linejoin="round"/>`;
}

function colorSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
    <rect x="0" y="0" width="192" height="192" rx="40" ry="40" fill="${ACCENT}"/>
    ${mark()}
  </svg>`;
}

function outlineSvg() {
  // Crop tightly around the mark and thicken strokes so it reads at 32 px.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="26 26 140 140">
    ${mark({ r: 56, stroke: 15, head: 19, arrowStroke: 15 })}
  </svg>`;
}

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}svg{display:block}</style></head><body>${svg}</body></html>`,
  );
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Forces every pixel to pure white, keeping only the alpha channel (antialiasing stays as alpha). */
function whiteOnly(pngBuffer) {
  const png = PNG.sync.read(pngBuffer);
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] === 0) {
      png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
    } else {
      png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();

  const color = await render(page, colorSvg(), 192);
  writeFileSync(join(OUT_DIR, 'color.png'), color);

  const outline = whiteOnly(await render(page, outlineSvg(), 32));
  writeFileSync(join(OUT_DIR, 'outline.png'), outline);

  console.log(`Wrote ${join(OUT_DIR, 'color.png')} and ${join(OUT_DIR, 'outline.png')}`);
} finally {
  await browser.close();
}

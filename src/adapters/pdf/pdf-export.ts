import PDFDocument from 'pdfkit';
import { cellText, type PageBlock } from '../../domain/page';
import type { PdfRenderer } from '../../app/ports/renderers';

/**
 * A document as PDF, made in-process from the same blocks as its intranet page (no LibreOffice on
 * App Service). pdfkit's built-in Helvetica is WinAnsi-encoded: å ä ö and the other Nordic letters
 * are in it; the few characters outside it that our own formatting makes are mapped here.
 */
const winAnsi = (text: string) =>
  text
    .replace(/[\u2009\u202f]/g, '\u00a0')
    .replace(/\u2212/g, '-')
    .replace(
      /[^\t\n\r\u0020-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/g,
      '?',
    );

const ACCENT = '#2b6f5e';

export function exportPdf(title: string, blocks: PageBlock[], meta: { municipalityName: string; exportedOn: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: winAnsi(title), Creator: 'SKA i Teams' },
    lang: 'sv-SE',
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(ACCENT).text(winAnsi(meta.municipalityName)).moveDown(0.5).fillColor('#242424');
  for (const b of blocks) {
    if (b.type === 'heading')
      doc
        .moveDown(b.level === 1 ? 0 : 0.6)
        .font('Helvetica-Bold')
        .fontSize({ 1: 20, 2: 14, 3: 12 }[b.level])
        .text(winAnsi(b.text))
        .moveDown(0.2);
    else if (b.type === 'paragraph')
      doc
        .font(b.tone === 'muted' ? 'Helvetica-Oblique' : 'Helvetica')
        .fontSize(10.5)
        .fillColor(b.tone === 'muted' ? '#555555' : '#242424')
        .text(winAnsi(b.text))
        .fillColor('#242424')
        .moveDown(0.4);
    else if (b.type === 'list') {
      doc.font('Helvetica').fontSize(10.5);
      for (const item of b.items) doc.text(winAnsi(`•  ${item}`), { indent: 8 });
      doc.moveDown(0.4);
    } else if (b.type === 'table') table(doc, b, width);
    // 'links' (the page's own "Ladda ner som PDF") is for the page, not the PDF.
  }
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(i);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#777777')
      .text(winAnsi(`${title} · utskriven ${meta.exportedOn} · sida ${i + 1} av ${pages.count}`), 56, doc.page.height - 40, {
        width,
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

/** A table as rows of wrapped cells with a shaded header; a row that would not fit starts a new page. */
function table(doc: PDFKit.PDFDocument, b: Extract<PageBlock, { type: 'table' }>, width: number) {
  if (b.caption) doc.font('Helvetica-Bold').fontSize(10.5).text(winAnsi(b.caption));
  const n = Math.max(1, b.columns.length);
  const colWidth = width / n;
  const pad = 4;
  const rows: { cells: string[]; header: boolean }[] = [
    ...(b.columns.some((c) => c) ? [{ cells: b.columns, header: true }] : []),
    ...b.rows.map((r) => ({ cells: r.map((v) => cellText(v)), header: false })),
  ];
  for (const row of rows) {
    doc.font(row.header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    const height = Math.max(...row.cells.map((c) => doc.heightOfString(winAnsi(c), { width: colWidth - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - 60) doc.addPage();
    const y = doc.y;
    row.cells.forEach((c, i) => {
      const x = 56 + i * colWidth;
      if (row.header) doc.rect(x, y, colWidth, height).fill('#e3efeb').fillColor('#242424');
      doc.rect(x, y, colWidth, height).lineWidth(0.5).strokeColor('#b7c9c3').stroke();
      doc.text(winAnsi(c), x + pad, y + pad, { width: colWidth - 2 * pad });
    });
    doc.x = 56;
    doc.y = y + height;
  }
  doc.moveDown(0.6);
}

/** The PDF renderer port (src/app/ports/renderers.ts) on pdfkit. */
export const pdfkitRenderer: PdfRenderer = { render: exportPdf };

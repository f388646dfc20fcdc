import { execFile } from 'node:child_process';

// pdf.js (inside pdf-parse) loads its worker by dynamic import, which jest's VM refuses: it reads in a plain node process.
const READ =
  "const { PDFParse } = require('pdf-parse'); const c = []; process.stdin.on('data', (d) => c.push(d)).on('end', async () => { const p = new PDFParse({ data: new Uint8Array(Buffer.concat(c)) }); process.stdout.write((await p.getText()).text); await p.destroy(); });";

/** The text of a PDF, as pdf-parse reads it back. */
export function pdfText(data: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', READ], { cwd: process.cwd(), maxBuffer: 10e6 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(Buffer.from(data));
  });
}

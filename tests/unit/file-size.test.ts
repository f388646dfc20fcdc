/** Issue #13: no source file in src/ or tabs/src over 300 lines (STYLE.md); split by job instead. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Lines as an editor counts them: a final newline ends the last line, it does not start another. */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function oversized(dir: string): string[] {
  return sourceFiles(join(root, dir))
    .map((file) => ({ file: relative(root, file), lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
}

describe('file size', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });

  it(`keeps every .ts/.tsx file in src/ and tabs/src at ${MAX_LINES} lines or fewer`, () => {
    expect([...oversized('src'), ...oversized('tabs/src')]).toEqual([]);
  });
});

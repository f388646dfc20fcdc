/** The house rules of ARCHITECTURE.md, checked: a pure domain, an app layer without adapters, botbuilder only in bot/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

function violations(dir: string, allowed: (spec: string, file: string) => boolean) {
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => !allowed(spec, file))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

describe('architecture', () => {
  it('keeps src/domain pure: only other domain files', () => {
    const domain = join(root, 'src', 'domain');
    const inside = (spec: string, file: string) => spec.startsWith('.') && !relative(domain, join(file, '..', spec)).startsWith('..');
    expect(violations('src/domain', inside)).toEqual([]);
  });

  it('keeps src/app free of adapters, HTTP, bot and I/O libraries', () => {
    const allowedPackages = new Set(['zod', 'diff']); // pure libraries, no I/O
    expect(
      violations('src/app', (spec) =>
        spec.startsWith('.') ? !/\/(adapters|http)\//.test(spec) && !spec.includes('/bot/') : allowedPackages.has(spec),
      ),
    ).toEqual([]);
  });

  it('confines botbuilder to bot/', () => {
    const outside = ['src', 'tabs'].flatMap((dir) =>
      violations(dir, (spec) => !spec.startsWith('botbuilder') && !spec.startsWith('botframework')),
    );
    expect(outside).toEqual([]);
  });

  it('has the HTTP edge reach adapters only through ports: no value import of src/adapters in src/http', () => {
    const valueImports = sourceFiles(join(root, 'src', 'http')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/gms)]
        .map((m) => m[1])
        .filter((spec) => spec.includes('/adapters/'))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(valueImports).toEqual([]);
  });

  it('keeps the rendering libraries (docx, pdfkit, qrcode) inside their adapters', () => {
    const homes: Record<string, string> = { docx: 'src/adapters/word/', pdfkit: 'src/adapters/pdf/', qrcode: 'src/adapters/qr/' };
    const outside = ['src', 'bot'].flatMap((dir) =>
      violations(dir, (spec, file) => !(spec in homes) || relative(root, file).startsWith(homes[spec])),
    );
    expect(outside).toEqual([]);
  });
});

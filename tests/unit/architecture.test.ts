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

  it('gives each route factory only the services it uses (a Pick of HttpServices, every key used)', () => {
    const routesDir = join(root, 'src', 'http', 'routes');
    const problems = sourceFiles(routesDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file);
      if (/\bs: HttpServices\b/.test(text)) return [`${name} takes the whole HttpServices`];
      const picked = [...text.matchAll(/Pick<HttpServices, ([^>]+)>/g)].flatMap((m) => [...m[1].matchAll(/'(\w+)'/g)].map((k) => k[1]));
      const used = new Set([...text.matchAll(/\bs\.(\w+)/g)].map((m) => m[1]));
      // Helpers the factory hands `s` to: signing in (auth.ts) and the report answers (reports.ts).
      if (/authenticate\(req, s\)/.test(text)) ['tokens', 'directory'].forEach((k) => used.add(k));
      if (/reportAnswers\(s\)/.test(text)) used.add('settings');
      return picked.filter((k) => !used.has(k)).map((k) => `${name} is given ${k} and does not use it`);
    });
    expect(problems).toEqual([]);
  });
});

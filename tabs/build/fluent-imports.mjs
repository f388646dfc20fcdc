// esbuild plugin: rewrites `import { … } from '@fluentui/react-components'` in the tab's own
// sources into imports from the packages the barrel re-exports (as Next.js' optimizePackageImports
// does). Without it, esbuild attributes every Fluent package used anywhere to every chunk that
// imports the barrel, so the lazy editor's Dialog, Textarea, RadioGroup… would load on the first
// screen. Source files keep importing the one declared dependency.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BARREL = '@fluentui/react-components';
const PREFIX = 'fluent-part:';

/** Export name → [package, name exported there], read from the barrel's ES module index. */
function readBarrel(root) {
  const require = createRequire(join(root, 'package.json'));
  const pkgDir = dirname(require.resolve(`${BARREL}/package.json`));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const source = readFileSync(join(pkgDir, pkg.module), 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  const map = new Map();
  for (const [, list, from] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [imported, exported = imported] = spec.split(/\s+as\s+/).map((s) => s.trim());
      map.set(exported, [from, imported]);
    }
  }
  return { map, pkgDir };
}

const IMPORT = new RegExp(String.raw`import\s*\{([^}]*)\}\s*from\s*['"]${BARREL.replace('/', '\\/')}['"];?`, 'g');

export function fluentImports({ root, filter = /[\\/]tabs[\\/]src[\\/].*\.tsx?$/ }) {
  const { map, pkgDir } = readBarrel(root);
  return {
    name: 'fluent-imports',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(BARREL)) return undefined;
        const contents = source.replace(IMPORT, (statement, list) => {
          const byPackage = new Map();
          const rest = [];
          for (const raw of list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)) {
            if (raw.startsWith('type ')) continue; // types vanish in the output anyway
            const [name, local = name] = raw.split(/\s+as\s+/).map((s) => s.trim());
            const target = map.get(name);
            if (!target) {
              rest.push(raw);
              continue;
            }
            const [from, imported] = target;
            if (!byPackage.has(from)) byPackage.set(from, []);
            byPackage.get(from).push(imported === local ? imported : `${imported} as ${local}`);
          }
          const lines = [...byPackage].map(([from, names]) => `import { ${names.join(', ')} } from '${PREFIX}${from}';`);
          if (rest.length) lines.push(`import { ${rest.join(', ')} } from '${BARREL}';`);
          // Same number of lines, so esbuild's positions and the source map stay near the original.
          return lines.join(' ') + '\n'.repeat((statement.match(/\n/g) ?? []).length);
        });
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
      // Resolved as the barrel itself would resolve them: from its own package directory.
      build.onResolve({ filter: new RegExp(`^${PREFIX}`) }, (args) =>
        build.resolve(args.path.slice(PREFIX.length), { kind: args.kind, resolveDir: pkgDir }),
      );
    },
  };
}

/**
 * The same inside Fluent's own packages, for barrels whose every hook sits behind one index:
 * `import { useFocusVisible } from '@fluentui/react-tabster'` in FluentProvider becomes an import
 * of the file that defines it. Without it, code splitting puts everything the barrel re-exports
 * that any lazy chunk uses (all of tabster, for the dialogs' focus trap) into the first chunk.
 */
export function fluentDeepImports({ root, barrels = ['@fluentui/react-tabster'] }) {
  const require = createRequire(join(root, 'package.json'));
  const entries = new Map(
    barrels.map((name) => {
      const dir = dirname(require.resolve(`${name}/package.json`));
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return [name, join(dir, pkg.module)];
    }),
  );
  const exportsCache = new Map();
  /** `export { a as b } from './x.js'` statements of a module: exported name → [absolute file, name there]. */
  const reexports = (file) => {
    if (!exportsCache.has(file)) {
      const source = readFileSync(file, 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
      const map = new Map();
      for (const [, list, from] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["'](\.[^"']+)["']/g)) {
        for (const spec of list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const [imported, exported = imported] = spec.split(/\s+as\s+/).map((s) => s.trim());
          map.set(exported, [join(dirname(file), from), imported]);
        }
      }
      exportsCache.set(file, map);
    }
    return exportsCache.get(file);
  };
  /** Follows re-exports to the module that defines the name (or re-exports it from elsewhere). */
  const definingModule = (file, name, depth = 0) => {
    const next = reexports(file).get(name);
    if (!next || depth > 10) return [file, name];
    return definingModule(next[0], next[1], depth + 1);
  };
  const pattern = new RegExp(
    String.raw`import\s*\{([^}]*)\}\s*from\s*["'](${barrels.map((b) => b.replace('/', '\\/')).join('|')})["'];?`,
    'g',
  );

  return {
    name: 'fluent-deep-imports',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]@fluentui[\\/][^\\/]+[\\/]lib[\\/].*\.js$/ }, async (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!barrels.some((b) => source.includes(b))) return undefined;
        const contents = source.replace(pattern, (statement, list, barrel) => {
          const byFile = new Map();
          for (const raw of list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)) {
            const [name, local = name] = raw.split(/\s+as\s+/).map((s) => s.trim());
            const [file, imported] = definingModule(entries.get(barrel), name);
            if (!byFile.has(file)) byFile.set(file, []);
            byFile.get(file).push(imported === local ? imported : `${imported} as ${local}`);
          }
          return (
            [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`).join(' ') +
            '\n'.repeat((statement.match(/\n/g) ?? []).length)
          );
        });
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

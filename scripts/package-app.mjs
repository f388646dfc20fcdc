#!/usr/bin/env node
// Builds the Teams app package dist/appPackage.<env>.zip from
// appPackage/manifest.json (with ${{KEY}} placeholders filled from
// env/.env.<env>, falling back to the process environment) plus the icons.
//
//   node scripts/package-app.mjs            # env "local"
//   node scripts/package-app.mjs dev        # env "dev"  -> env/.env.dev
//
// The filled manifest is validated offline against the schema bundled in
// @microsoft/app-manifest before zipping; pass --no-validate to skip that.
//
// The package is the municipality's: PUBLISHER_NAME (required), PUBLISHER_URL, PRIVACY_URL,
// TERMS_URL, APP_NAME and APP_FULL_NAME come from the env file (the links default to the app's
// own /integritet.html and /anvandarvillkor.html), and the manifest version is always
// package.json's version, so raising that raises what Teams sees.
//
//   --env-file <path>     read this file instead of env/.env.<env>
//   --out <dir>           write the zip there instead of dist/
//   --set-teamsfx-env     print the derived values as ::set-teamsfx-env lines (Agents Toolkit
//                         `script` step in m365agents*.yml) and write no zip
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = join(ROOT, 'appPackage');
const PLACEHOLDER_RE = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

const args = process.argv.slice(2);
const validate = !args.includes('--no-validate');
const optionValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const envFileArg = optionValue('--env-file');
const outArg = optionValue('--out');
const positional = args.filter((a, i) => !a.startsWith('--') && !['--env-file', '--out'].includes(args[i - 1]));
const envName = positional[0] ?? 'local';
if (!/^[A-Za-z0-9_-]+$/.test(envName)) fail(`Invalid environment name "${envName}".`);

function fail(message) {
  console.error(`package-app: ${message}`);
  process.exit(1);
}

/** Parses a dotenv-style file: KEY=VALUE lines, # comments, optional quotes. */
function parseEnvFile(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[m[1]] = value;
  }
  return out;
}

const manifestText = readFileSync(join(APP_DIR, 'manifest.json'), 'utf8');
const needed = [...new Set([...manifestText.matchAll(PLACEHOLDER_RE)].map((m) => m[1]))];

const envFile = envFileArg ?? join(ROOT, 'env', `.env.${envName}`);
const rel = relative(ROOT, envFile);
if (!existsSync(envFile)) {
  fail(
    `${rel} is missing. Create it with these keys (KEY=value, one per line):\n` +
      needed.map((k) => `  ${k}=`).join('\n') +
      `\n(APP_NAME_SUFFIX may be empty; TAB_DOMAIN is a host name such as ska.example.se, ` +
      `TAB_ENDPOINT its https:// URL; the *_ID keys are GUIDs.)`,
  );
}

const fileValues = parseEnvFile(readFileSync(envFile, 'utf8'));
const given = (key) => {
  const v = fileValues[key] ?? process.env[key];
  return v === 'none' ? undefined : v;
};
const endpoint = (given('TAB_ENDPOINT') ?? '').replace(/\/$/, '');
const packageVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
// Derived values: the version always from package.json; the links and names unless the env file sets them.
const derived = {
  APP_VERSION: packageVersion,
  ...(given('PUBLISHER_NAME') ? { PUBLISHER_NAME: given('PUBLISHER_NAME') } : {}),
  APP_NAME: given('APP_NAME') ?? 'SKA',
  APP_FULL_NAME: given('APP_FULL_NAME') ?? 'Systematiskt kvalitetsarbete',
  ...(endpoint ? { PUBLISHER_URL: given('PUBLISHER_URL') ?? `${endpoint}/` } : {}),
  ...(endpoint ? { PRIVACY_URL: given('PRIVACY_URL') ?? `${endpoint}/integritet.html` } : {}),
  ...(endpoint ? { TERMS_URL: given('TERMS_URL') ?? `${endpoint}/anvandarvillkor.html` } : {}),
};
if (args.includes('--set-teamsfx-env')) {
  if (!derived.PUBLISHER_NAME)
    fail(
      `${rel} lacks PUBLISHER_NAME: the municipality and office that publish the app, at most 32 characters, e.g. "Exempels kommun – BUF".`,
    );
  for (const [k, v] of Object.entries(derived)) console.log(`::set-teamsfx-env ${k}=${v}`);
  process.exit(0);
}
const valueOf = (key) => derived[key] ?? given(key);
const missing = needed.filter((k) => valueOf(k) === undefined || (valueOf(k) === '' && k !== 'APP_NAME_SUFFIX'));
if (missing.length > 0) fail(`${rel} lacks values for: ${missing.join(', ')}`);

const filledText = manifestText.replace(PLACEHOLDER_RE, (_m, key) =>
  // Values go inside JSON strings: escape them as JSON would.
  JSON.stringify(String(valueOf(key))).slice(1, -1),
);
let manifest;
try {
  manifest = JSON.parse(filledText);
} catch (e) {
  fail(`The filled manifest is not valid JSON: ${e.message}`);
}

if (validate) {
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  // The schema named in $schema is bundled in the package; refuse the network.
  globalThis.fetch = async () => {
    throw new Error('schema not bundled in @microsoft/app-manifest (offline)');
  };
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (errors.length > 0) fail(`Manifest fails schema validation:\n  ${errors.join('\n  ')}`);
}

const files = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2) + '\n') };
for (const icon of [manifest.icons.color, manifest.icons.outline]) {
  const path = join(APP_DIR, icon);
  if (!existsSync(path)) fail(`Icon ${relative(ROOT, path)} is missing (run node appPackage/icons/render-icons.mjs).`);
  files[icon] = readFileSync(path);
}

const outDir = outArg ?? join(ROOT, 'dist');
mkdirSync(outDir, { recursive: true });
const zipPath = join(outDir, `appPackage.${envName}.zip`);
writeFileSync(zipPath, zipSync(files, { level: 9 }));
console.log(`package-app: wrote ${relative(ROOT, zipPath)} (${Object.keys(files).join(', ')}), version ${manifest.version}`);

/** npm run package: the municipality's names and links from the env file, the version from package.json. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = join(__dirname, '..', '..');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const BASE = [
  'TEAMS_APP_ID=5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  'BOT_ID=7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
  'AAD_APP_CLIENT_ID=0e1d2c3b-4a59-4687-b7a6-958473625140',
  'TAB_DOMAIN=ska.exempel.se',
  'TAB_ENDPOINT=https://ska.exempel.se',
  'APP_NAME_SUFFIX=',
];

function pack(lines: string[], ...extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ska-pkg-'));
  writeFileSync(join(dir, '.env.t'), lines.join('\n') + '\n');
  const run = spawnSync(process.execPath, ['scripts/package-app.mjs', 't', '--env-file', join(dir, '.env.t'), '--out', dir, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { run, dir };
}

test('fills publisher, links and name from the env file and the version from package.json', () => {
  const { run, dir } = pack([
    ...BASE,
    'PUBLISHER_NAME=Exempels kommun – BUF',
    'PRIVACY_URL=https://www.exempel.se/integritet',
    'APP_NAME=Kvalitet',
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(join(dir, 'appPackage.t.zip')))['manifest.json']));
  expect(manifest.version).toBe(version);
  expect(manifest.developer).toEqual({
    name: 'Exempels kommun – BUF',
    websiteUrl: 'https://ska.exempel.se/',
    privacyUrl: 'https://www.exempel.se/integritet',
    termsOfUseUrl: 'https://ska.exempel.se/anvandarvillkor.html',
  });
  expect(manifest.name).toEqual({ short: 'Kvalitet', full: 'Systematiskt kvalitetsarbete' });
  expect(manifest.description.full).toContain('Utgivare: Exempels kommun – BUF.');
});

test('refuses a package without a publisher, naming what to set', () => {
  const { run } = pack(BASE, '--no-validate');
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/PUBLISHER_NAME/);
});

test('prints the derived values for the Agents Toolkit, and stops provisioning without a publisher', () => {
  expect(pack(BASE, '--set-teamsfx-env').run.stderr).toMatch(/lacks PUBLISHER_NAME/);
  const { run } = pack([...BASE, 'PUBLISHER_NAME=Exempels kommun – BUF'], '--set-teamsfx-env');
  expect(run.stdout).toContain(`::set-teamsfx-env APP_VERSION=${version}`);
  expect(run.stdout).toContain('::set-teamsfx-env PRIVACY_URL=https://ska.exempel.se/integritet.html');
});

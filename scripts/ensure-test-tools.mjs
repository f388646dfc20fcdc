// The whole test suite drives headless Chromium (browser tests) and LibreOffice (Word exports
// must open). On a fresh Debian machine this installs them when it can (root with apt-get, as
// .ci/run does); otherwise it names the one command that does and stops before jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui' },
];

export function ensureTestTools() {
  const missing = TOOLS.filter((t) => !existsSync(t.path)).map((t) => t.pkg);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`== installing from Debian: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    if (install && install.status === 0) return;
  }
  console.error(
    `\nThe browser and Word-export tests need ${missing.join(' and ')}. Install with:\n\n  sudo ${command}\n\nthen run npm test again (or run a part without them, e.g. npm test -- tests/api).`,
  );
  process.exit(1);
}

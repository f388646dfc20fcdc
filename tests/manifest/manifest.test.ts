/**
 * Offline validation of the Teams app package in appPackage/.
 *
 * The manifest uses Microsoft 365 Agents Toolkit placeholders (${{NAME}}); they
 * are filled with realistic sample values and the result is validated against
 * the JSON schema bundled in @microsoft/app-manifest. Network access is blocked
 * for the whole file, so a schema that is not bundled makes the test fail
 * instead of silently downloading it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

// @microsoft/app-manifest requires `strip-bom`, which is ESM-only and cannot be
// loaded by Jest's CommonJS runtime. Only its file-reading helpers use it (not
// validateAgainstSchema), so a CommonJS stand-in with the same behaviour is fine.
jest.mock('strip-bom', () => ({
  __esModule: true,
  default: (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s),
}));

const ROOT = join(__dirname, '..', '..');
const APP_DIR = join(ROOT, 'appPackage');
const MANIFEST_PATH = join(APP_DIR, 'manifest.json');

const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  BOT_ID: '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
  AAD_APP_CLIENT_ID: '0e1d2c3b-4a59-4687-b7a6-958473625140',
  TAB_DOMAIN: 'ska.example.se',
  TAB_ENDPOINT: 'https://ska.example.se',
  APP_NAME_SUFFIX: '',
  APP_VERSION: '0.1.0',
  APP_NAME: 'SKA',
  APP_FULL_NAME: 'Systematiskt kvalitetsarbete',
  PUBLISHER_NAME: 'Exempels kommun – BUF',
  PUBLISHER_URL: 'https://www.exempel.se/',
  PRIVACY_URL: 'https://ska.example.se/integritet.html',
  TERMS_URL: 'https://ska.example.se/anvandarvillkor.html',
};
const KNOWN_PLACEHOLDERS = Object.keys(SAMPLE_VALUES);
const PLACEHOLDER_RE = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

type Json = Record<string, any>;

const rawManifest = readFileSync(MANIFEST_PATH, 'utf8');

function fillPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_RE, (_m, key: string) => {
    if (!(key in SAMPLE_VALUES)) throw new Error(`Unknown placeholder \${{${key}}}`);
    return SAMPLE_VALUES[key];
  });
}

function filledManifest(): Json {
  return JSON.parse(fillPlaceholders(rawManifest));
}

async function validate(manifest: Json): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}

/** Width/height straight from the PNG signature + IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(0, 8).equals(signature)).toBe(true);
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const realFetch = globalThis.fetch;
const fetchSpy = jest.fn(async () => {
  throw new Error('Network access is not allowed in the manifest test');
});

beforeAll(() => {
  (globalThis as any).fetch = fetchSpy;
});
afterAll(() => {
  (globalThis as any).fetch = realFetch;
});

describe('appPackage/manifest.json', () => {
  it('only uses known placeholders', () => {
    const used = [...rawManifest.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(KNOWN_PLACEHOLDERS).toContain(name);
    // No malformed leftovers such as "${{ FOO" or "${FOO}" after substitution.
    expect(fillPlaceholders(rawManifest)).not.toMatch(/\$\{/);
  });

  it('points at a schema version that @microsoft/app-manifest bundles', () => {
    const manifest = filledManifest();
    const m = /\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(manifest.manifestVersion);
    const pkgDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
    const bundled = join(pkgDir, 'build', 'json-schemas', 'teams', `v${m![1]}`, 'MicrosoftTeams.schema.json');
    expect(existsSync(bundled)).toBe(true);
  });

  it('validates against the bundled schema with zero errors, offline', async () => {
    const errors = await validate(filledManifest());
    expect(errors).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('declares the expected tabs, bot, SSO and domains', () => {
    const raw: Json = JSON.parse(rawManifest);
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    // The municipality's own: name, publisher and links come from the environment, the version from package.json.
    expect(raw.name).toEqual({ short: '${{APP_NAME}}${{APP_NAME_SUFFIX}}', full: '${{APP_FULL_NAME}}' });
    expect(raw.version).toBe('${{APP_VERSION}}');
    expect(raw.developer).toEqual({
      name: '${{PUBLISHER_NAME}}',
      websiteUrl: '${{PUBLISHER_URL}}',
      privacyUrl: '${{PRIVACY_URL}}',
      termsOfUseUrl: '${{TERMS_URL}}',
    });
    expect(rawManifest).not.toMatch(/Sjövik/);
    expect(raw.accentColor).toBe('#2B6F5E');
    expect(raw.localizationInfo.defaultLanguageTag).toBe('sv-SE');
    for (const word of ['Åtagandeplan', 'Läsårsrapport', 'dialoger', 'TLD']) {
      expect(raw.description.full).toContain(word);
    }

    const personal = raw.staticTabs.find((t: Json) => t.entityId === 'my-quality-work');
    expect(personal).toMatchObject({
      name: 'Mitt kvalitetsarbete',
      contentUrl: '${{TAB_ENDPOINT}}/?inTeams=1&view=personal',
      scopes: ['personal'],
    });
    expect(raw.staticTabs.some((t: Json) => t.entityId === 'conversations')).toBe(true);

    expect(raw.configurableTabs).toHaveLength(1);
    expect(raw.configurableTabs[0]).toMatchObject({
      configurationUrl: '${{TAB_ENDPOINT}}/config.html?inTeams=1',
      canUpdateConfiguration: true,
    });
    expect([...raw.configurableTabs[0].scopes].sort()).toEqual(['groupChat', 'team']);
    // Still a channel tab, and now a meeting app too (chat, details, side panel and stage).
    expect([...raw.configurableTabs[0].context].sort()).toEqual([
      'channelTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
      'privateChatTab',
    ]);
    expect([...raw.configurableTabs[0].meetingSurfaces].sort()).toEqual(['sidePanel', 'stage']);
    // Sharing a part of the app to the stage (meeting.shareAppContentToStage) needs this RSC permission
    // (Microsoft Learn, "Build apps for Teams meeting stage": App manifest settings for apps in meeting stage).
    expect(raw.authorization).toEqual({ permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] } });

    expect(raw.bots).toHaveLength(1);
    const bot = raw.bots[0];
    expect(bot).toMatchObject({ botId: '${{BOT_ID}}', supportsFiles: false, isNotificationOnly: false });
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const commands = bot.commandLists.flatMap((l: Json) => l.commands);
    expect(commands).toContainEqual({ title: 'hjälp', description: 'Visa vad jag kan hjälpa till med' });

    expect(raw.webApplicationInfo).toEqual({
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}',
    });
    expect(raw.validDomains).toEqual(['${{TAB_DOMAIN}}']);
    expect(raw.permissions).toEqual(['identity', 'messageTeamMembers']);
  });

  describe('the validator really checks (broken copies must fail)', () => {
    it('rejects a manifest without manifestVersion', async () => {
      const broken = filledManifest();
      delete broken.manifestVersion;
      const errors = await validate(broken);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(/manifestVersion/);
    });

    it('rejects a bot id that is not a GUID', async () => {
      const broken = filledManifest();
      broken.bots[0].botId = 'inte-en-guid';
      const errors = await validate(broken);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
    });

    it('rejects a meeting context or surface the schema does not know', async () => {
      const context = filledManifest();
      context.configurableTabs[0].context.push('meetingPanel');
      expect((await validate(context)).join('\n')).toMatch(/\/configurableTabs\/0\/context/);
      const surface = filledManifest();
      surface.configurableTabs[0].meetingSurfaces = ['sidepanel'];
      expect((await validate(surface)).join('\n')).toMatch(/\/configurableTabs\/0\/meetingSurfaces/);
    });

    it('rejects an RSC permission without its type', async () => {
      const broken = filledManifest();
      delete broken.authorization.permissions.resourceSpecific[0].type;
      expect((await validate(broken)).join('\n')).toMatch(/\/authorization\/permissions\/resourceSpecific\/0/);
    });

    it('rejects an unfilled placeholder in a GUID field', async () => {
      const broken: Json = JSON.parse(rawManifest);
      const errors = await validate(broken);
      expect(errors.length).toBeGreaterThan(0);
    });

    afterAll(() => expect(fetchSpy).not.toHaveBeenCalled());
  });
});

describe('appPackage icons', () => {
  const manifest = filledManifest();
  const colorPath = join(APP_DIR, manifest.icons.color);
  const outlinePath = join(APP_DIR, manifest.icons.outline);

  it('color icon is a 192×192 PNG', () => {
    expect(existsSync(colorPath)).toBe(true);
    expect(pngSize(colorPath)).toEqual({ width: 192, height: 192 });
  });

  it('outline icon is a 32×32 PNG', () => {
    expect(existsSync(outlinePath)).toBe(true);
    expect(pngSize(outlinePath)).toEqual({ width: 32, height: 32 });
  });

  it('outline icon contains only white and transparent pixels', () => {
    const png = PNG.sync.read(readFileSync(outlinePath));
    let visible = 0;
    let transparent = 0;
    const offenders: string[] = [];
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) {
        transparent++;
        continue;
      }
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) {
        const p = i / 4;
        offenders.push(`(${p % png.width},${Math.floor(p / png.width)}) rgba(${r},${g},${b},${a})`);
      }
    }
    expect(offenders.slice(0, 10)).toEqual([]);
    // Must actually draw something and actually be transparent somewhere.
    expect(visible).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(50);
  });

  it('color icon is full colour (uses the accent colour, not just white)', () => {
    const png = PNG.sync.read(readFileSync(colorPath));
    let accent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 255 && Math.abs(r - 0x2b) <= 2 && Math.abs(g - 0x6f) <= 2 && Math.abs(b - 0x5e) <= 2) accent++;
    }
    expect(accent).toBeGreaterThan(192 * 192 * 0.3);
  });
});

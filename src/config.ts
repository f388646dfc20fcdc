/**
 * Configuration, parsed once at start-up from the environment and handed on frozen.
 * The same variable names are used end to end: env/.env.<stage>, Azure app settings, tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  SKA_STAGE: z.enum(['local', 'test', 'dev', 'production']).default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  SKA_DATA_DIR: z.string().min(1).default('data'),
  SKA_STORE: z.enum(['sqlite', 'graph']).default('sqlite'),
  SKA_AUTH: z.enum(['dev', 'entra']).default('dev'),
  SKA_PUBLIC_URL: z.string().url().optional(),
  SKA_SEED_DEMO: z.enum(['true', 'false', '1', '0', 'year', 'basic', 'empty']).optional(),
  SKA_TABS_DIR: z.string().default('dist/tabs'),
  KOLADA_MUNICIPALITY_ID: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  KOLADA_FETCH: bool.optional(),
  SKA_CHECK_RESPONSES: bool.optional(),
  SKA_SURVEY_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  SKA_SURVEY_PACK_HOLD_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  TEAMS_APP_ID: z.string().default('00000000-0000-0000-0000-000000000000'),
  BOT_ID: z.string().default(''),
  BOT_PASSWORD: z.string().default(''),
  BOT_TENANT_ID: z.string().default(''),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  GRAPH_SITE_ID: z.string().default(''),
  AZURE_TENANT_ID: z.string().default(''),
  AZURE_CLIENT_ID: z.string().default(''),
  AZURE_CLIENT_CERTIFICATE_PATH: z.string().default(''),
  AZURE_CLIENT_CERTIFICATE_PASSWORD: z.string().optional(),
  SKA_GRAPH_RU_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  SKA_CALENDAR: z.enum(['ics', 'graph']).default('ics'),
  SKA_CALENDAR_ORGANISER: z.string().default(''),
  /** The app's id in the tenant's Teams app catalog (differs from TEAMS_APP_ID for an org-published app); for the meeting tab. */
  SKA_TEAMS_CATALOG_APP_ID: z.string().default(''),
  /** Where Teams loads the tabs from (Agents Toolkit's TAB_ENDPOINT, e.g. a dev tunnel); the meeting tab's contentUrl. Default: SKA_PUBLIC_URL. */
  TAB_ENDPOINT: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'TAB_ENDPOINT ska vara en http(s)-adress.' })]).default(''),
  /** Local development: the demo person (id or e-mail) the Agents Playground's default user stands for. */
  SKA_PLAYGROUND_USER: z.string().trim().max(255).optional(),
  AAD_APP_CLIENT_ID: z.string().default(''),
  AAD_APP_ID_URI: z.string().default(''),
  AAD_ALLOWED_TENANTS: z.string().default(''),
  AAD_AUTHORITY_HOST: z.string().url().optional(),
  AAD_JWKS_URL: z.string().url().optional(),
  SKA_BOOTSTRAP_ADMINS: z.string().default(''),
  SKOLVERKET_FILE: z.string().default(''),
  SKOLVERKET_FETCH: bool.optional(),
  SKA_INTRANET_SITE_ID: z.string().default(''),
});

export type AppConfig = Readonly<{
  stage: 'local' | 'test' | 'dev' | 'production';
  port: number;
  dataDir: string;
  store: 'sqlite' | 'graph';
  auth: 'dev' | 'entra';
  publicUrl: string;
  /** Where Teams loads the tabs from (TAB_ENDPOINT, else publicUrl): the meeting tab's contentUrl. */
  tabEndpoint: string;
  seedDemo: boolean;
  /** What the demo seed writes: the year in progress (local default), the tests' basic start, or a bare municipality. */
  demoSeed: 'year' | 'basic' | 'empty';
  tabsDir: string;
  /** Kolada: the municipality's id for comparisons; fetch only where the network reaches Kolada. */
  kolada: Readonly<{ municipalityId: string; fetch: boolean }>;
  /** Check every JSON answer against its route's response schema (src/contract); on by default in the test stage. */
  checkResponses: boolean;
  /** Requests per minute one survey link takes before answering 429. */
  surveyRatePerMinute: number;
  /** Longest an answer waits for company before its pack is written (default per store, src/app/survey/survey-writer.ts). */
  surveyPackHoldMs?: number;
  teamsAppId: string;
  bot: Readonly<{ appId: string; password: string; tenantId: string; type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' }>;
  /** SharePoint via Graph, app-only with a certificate (SKA_STORE=graph). */
  graph: Readonly<{
    siteId: string;
    tenantId: string;
    clientId: string;
    certificatePath: string;
    certificatePassword?: string;
    ruPerMinute: number;
  }>;
  /** Dialogue meetings: `.ics` files (default) or Outlook events with a Teams meeting in the organiser mailbox's calendar. */
  calendar: Readonly<{ kind: 'ics' | 'graph'; organiser: string; catalogAppId: string }>;
  entra: Readonly<{ clientId: string; appIdUri: string; allowedTenants: string[]; authorityHost?: string; jwksUrl?: string }>;
  /** Onboarding: first admins (object ids or e-mails), Skolenhetsregistret live or from a saved file. */
  onboarding: Readonly<{ bootstrapAdmins: string[]; skolverketFile: string; skolverketFetch: boolean }>;
  /** The communication site (e.g. KomIn) intranet pages are published to; empty = the data site. */
  intranetSiteId: string;
  /** SKA_PLAYGROUND_USER: who the Agents Playground's default user is (local and test stages only). */
  playgroundUser?: string;
}>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.SKA_STAGE === 'production' && e.SKA_AUTH === 'dev') {
    throw new ConfigError('SKA_AUTH=dev (the local dev identity) cannot be enabled in production. Use SKA_AUTH=entra.');
  }
  if (e.SKA_STAGE === 'production' && !e.BOT_ID) {
    throw new ConfigError('Production needs BOT_ID: without it the bot endpoint would accept unauthenticated requests.');
  }
  if (e.SKA_PLAYGROUND_USER && e.SKA_STAGE !== 'local' && e.SKA_STAGE !== 'test') {
    throw new ConfigError(
      `SKA_PLAYGROUND_USER maps a test client's user to a real person: only for the local and test stages, not ${e.SKA_STAGE}.`,
    );
  }
  if (e.SKA_STORE === 'graph') {
    const missing = (['GRAPH_SITE_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH'] as const).filter(
      (k) => !e[k],
    );
    if (missing.length) throw new ConfigError(`SKA_STORE=graph needs ${missing.join(', ')} (app-only Graph access with a certificate).`);
  }
  if (e.SKA_CALENDAR === 'graph') {
    const missing = (['SKA_CALENDAR_ORGANISER', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH'] as const).filter(
      (k) => !e[k],
    );
    if (missing.length)
      throw new ConfigError(
        `SKA_CALENDAR=graph needs ${missing.join(', ')} (the organiser mailbox, and app-only Graph access with a certificate).`,
      );
  }
  const allowedTenants = e.AAD_ALLOWED_TENANTS.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (e.SKA_AUTH === 'entra' && (!e.AAD_APP_CLIENT_ID || allowedTenants.length === 0)) {
    throw new ConfigError('SKA_AUTH=entra needs AAD_APP_CLIENT_ID and AAD_ALLOWED_TENANTS (comma-separated tenant ids).');
  }
  return Object.freeze({
    stage: e.SKA_STAGE,
    port: e.PORT,
    dataDir: e.SKA_DATA_DIR,
    store: e.SKA_STORE,
    auth: e.SKA_AUTH,
    publicUrl: (e.SKA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    tabEndpoint: (e.TAB_ENDPOINT || e.SKA_PUBLIC_URL || `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    seedDemo: e.SKA_SEED_DEMO === undefined ? e.SKA_STAGE === 'local' || e.SKA_STAGE === 'test' : !['false', '0'].includes(e.SKA_SEED_DEMO),
    // Tests start from the basic seed unless they ask for the year; `npm start` shows the year.
    demoSeed:
      e.SKA_SEED_DEMO === 'empty' || e.SKA_SEED_DEMO === 'basic' || e.SKA_SEED_DEMO === 'year'
        ? e.SKA_SEED_DEMO
        : e.SKA_STAGE === 'test'
          ? 'basic'
          : 'year',
    tabsDir: e.SKA_TABS_DIR,
    surveyRatePerMinute: e.SKA_SURVEY_RATE_PER_MINUTE,
    surveyPackHoldMs: e.SKA_SURVEY_PACK_HOLD_MS,
    checkResponses: e.SKA_CHECK_RESPONSES ?? e.SKA_STAGE === 'test',
    kolada: Object.freeze({ municipalityId: e.KOLADA_MUNICIPALITY_ID ?? '', fetch: e.KOLADA_FETCH ?? e.SKA_STAGE === 'production' }),
    teamsAppId: e.TEAMS_APP_ID,
    bot: Object.freeze({ appId: e.BOT_ID, password: e.BOT_PASSWORD, tenantId: e.BOT_TENANT_ID, type: e.BOT_TYPE }),
    graph: Object.freeze({
      siteId: e.GRAPH_SITE_ID,
      tenantId: e.AZURE_TENANT_ID,
      clientId: e.AZURE_CLIENT_ID,
      certificatePath: e.AZURE_CLIENT_CERTIFICATE_PATH,
      certificatePassword: e.AZURE_CLIENT_CERTIFICATE_PASSWORD,
      ruPerMinute: e.SKA_GRAPH_RU_PER_MINUTE,
    }),
    calendar: Object.freeze({
      kind: e.SKA_CALENDAR,
      organiser: e.SKA_CALENDAR_ORGANISER,
      catalogAppId: e.SKA_TEAMS_CATALOG_APP_ID || e.TEAMS_APP_ID,
    }),
    entra: Object.freeze({
      clientId: e.AAD_APP_CLIENT_ID,
      appIdUri: e.AAD_APP_ID_URI,
      allowedTenants,
      authorityHost: e.AAD_AUTHORITY_HOST,
      jwksUrl: e.AAD_JWKS_URL,
    }),
    onboarding: Object.freeze({
      bootstrapAdmins: e.SKA_BOOTSTRAP_ADMINS.split(',')
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
      skolverketFile: e.SKOLVERKET_FILE,
      skolverketFetch: e.SKOLVERKET_FETCH ?? e.SKA_STAGE === 'production',
    }),
    intranetSiteId: e.SKA_INTRANET_SITE_ID,
    playgroundUser: e.SKA_PLAYGROUND_USER || undefined,
  });
}

/** Reads env/.env.<stage> and then env/.env.<stage>.user (secrets); variables already set win. */
export function environmentWithFiles(env: NodeJS.ProcessEnv, root: string): Record<string, string | undefined> {
  const stage = env.SKA_STAGE ?? 'local';
  const merged: Record<string, string | undefined> = {};
  for (const file of [`.env.${stage}`, `.env.${stage}.user`]) {
    const path = join(root, 'env', file);
    if (existsSync(path)) Object.assign(merged, parseEnv(readFileSync(path, 'utf8')));
  }
  return { ...merged, ...env };
}

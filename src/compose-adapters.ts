/**
 * The composition root's adapter choices (compose.ts): the list store, the publisher, the Graph
 * pipeline's options, the directory sources and the token validator, each picked from the configuration.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphBudget } from './adapters/graph/graph-budget';
import { GraphHttp, type GraphHttpOptions } from './adapters/graph/graph-http';
import { IcsCalendar } from './adapters/calendar/ics-calendar';
import { GraphCalendar } from './adapters/calendar/graph-calendar';
import { GraphTeamsMeetings } from './adapters/teams/graph-teams-meetings';
import type { AppLinks } from './app/outbox/messages';
import type { Clock } from './app/ports/clock';
import { schoolYearToUrl } from './domain/school-year';
import { GraphListStore } from './adapters/graph/graph-list-store';
import { MsalAppOnlyAuthProvider } from './adapters/graph/msal-app-only-auth';
import { SqliteListStore } from './adapters/sqlite/sqlite-list-store';
import { LocalFilePublisher } from './adapters/intranet/local-file-publisher';
import { SharePointPagePublisher } from './adapters/intranet/sharepoint-page-publisher';
import { DevIdentityProvider } from './adapters/dev-identity/dev-identity-provider';
import { EntraTokenValidator } from './adapters/entra/entra-token-validator';
import { GraphDirectorySource } from './adapters/entra/graph-directory-source';
import { SkolenhetsregistretFileSource, SkolenhetsregistretHttpSource } from './adapters/skolverket/skolenhetsregistret-source';
import type { DirectorySource, UnitRegister } from './app/ports/directory-source';
import type { ListStore } from './app/ports/list-store';
import type { Publisher } from './app/ports/publisher';
import type { TokenValidator } from './app/ports/token-validator';
import type { AppConfig } from './config';
import type { Logger } from './http/services';

/** Graph without Entra ID (tests: the local fake): the token source and where requests go. */
export type GraphOverride = Pick<GraphHttpOptions, 'authProvider' | 'hostRewrite'>;

/** Entra ID through the one Graph pipeline when Graph is configured; Skolverket live in production, else a saved file. */
export function openDirectorySources(
  config: AppConfig,
  graphHttp: GraphHttp | undefined,
): { directory?: DirectorySource; register?: UnitRegister } {
  const directory = graphHttp ? new GraphDirectorySource(graphHttp) : undefined;
  const { skolverketFile, skolverketFetch } = config.onboarding;
  const register = skolverketFile
    ? new SkolenhetsregistretFileSource(skolverketFile)
    : skolverketFetch
      ? new SkolenhetsregistretHttpSource()
      : undefined;
  return { directory, register };
}

export const consoleLogger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: 'info', message, ...data })),
  warn: (message, data) => console.warn(JSON.stringify({ level: 'warn', message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
};

/** What every Graph client of the process shares: app-only auth, the RU meter, the per-operation log. */
export function graphOptions(
  config: AppConfig,
  budget: GraphBudget,
  log: Logger,
  override?: GraphOverride,
): Pick<GraphHttpOptions, 'authProvider' | 'hostRewrite' | 'budget' | 'onOperation'> {
  const { tenantId, clientId, certificatePath, certificatePassword } = config.graph;
  return {
    authProvider:
      override?.authProvider ?? MsalAppOnlyAuthProvider.fromCertificateFile({ tenantId, clientId, certificatePath, certificatePassword }),
    hostRewrite: override?.hostRewrite,
    budget,
    onOperation: (op) => log.info('graph', { ...op }),
  };
}

export function openStore(config: AppConfig, budget: GraphBudget, log: Logger, graph?: GraphOverride): ListStore {
  if (config.store === 'graph') return GraphListStore.create({ siteId: config.graph.siteId, ...graphOptions(config, budget, log, graph) });
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteListStore(join(config.dataDir, 'ska.db'));
}

/** SharePoint site pages when the store is SharePoint; otherwise pages rendered locally at /intranet. */
export function openPublisher(config: AppConfig, store: ListStore): Publisher {
  // The intranet site (e.g. KomIn) is apart from the data site, which only the app can read.
  if (store instanceof GraphListStore) return new SharePointPagePublisher(store.http, config.intranetSiteId || config.graph.siteId);
  return new LocalFilePublisher(join(config.dataDir, 'intranet'), config.publicUrl, 'Intranät');
}

/** The local dev identity (picker, signing key in the data folder) or Entra ID's tab SSO tokens. */
export function openTokens(config: AppConfig): { tokens: TokenValidator; devIdentity?: DevIdentityProvider } {
  if (config.auth === 'dev') {
    const devIdentity = DevIdentityProvider.fromKeyFile(join(config.dataDir, 'dev-signing-key'));
    return { tokens: devIdentity, devIdentity };
  }
  return { tokens: new EntraTokenValidator({ ...config.entra, appIdUri: config.entra.appIdUri || undefined }) };
}

/** The app-only Graph pipeline for calls outside the store (calendar): the store's when there is one. */
export function openGraphHttp(config: AppConfig, store: ListStore, budget: GraphBudget, log: Logger, override?: GraphOverride) {
  const hasAppCredentials = Boolean(config.graph.tenantId && config.graph.clientId && config.graph.certificatePath);
  return store instanceof GraphListStore
    ? store.http
    : config.calendar.kind === 'graph' || hasAppCredentials
      ? new GraphHttp(graphOptions(config, budget, log, override))
      : undefined;
}

/** Deep links into the tab and the calendar files, as cards and notices carry them. */
export function appLinks(config: AppConfig): AppLinks {
  return {
    document: (kind, unitId, year) =>
      `https://teams.microsoft.com/l/entity/${config.teamsAppId}/my-quality-work?context=${encodeURIComponent(JSON.stringify({ subEntityId: `${kind}|${unitId}|${schoolYearToUrl(year)}` }))}`,
    calendar: (token) => `${config.publicUrl}/api/calendar/${token}`,
  };
}

/**
 * SKA_CALENDAR=graph: Outlook events with a Teams meeting in the organiser mailbox, and the dialogue's
 * Teams meeting (the app and its tab in the meeting chat, attendance reports); otherwise .ics files.
 */
export function openCalendars(config: AppConfig, graphHttp: GraphHttp | undefined, clock: Clock) {
  const ics = new IcsCalendar(() => clock.now());
  const graph = config.calendar.kind === 'graph' && graphHttp;
  const calendar = graph ? new GraphCalendar({ http: graphHttp, mailbox: config.calendar.organiser }) : ics;
  const teams = graph
    ? new GraphTeamsMeetings({ http: graphHttp, mailbox: config.calendar.organiser, catalogAppId: config.calendar.catalogAppId })
    : undefined;
  return { ics, calendar, teams };
}

/**
 * The composition root: the one place that reads the configuration and picks the adapters.
 * Nothing else asks "am I local?".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBotEndpoint } from '../bot/bot-endpoint';
import { DevIdentityProvider } from './adapters/dev-identity/dev-identity-provider';
import { EntraTokenValidator } from './adapters/entra/entra-token-validator';
import { SqliteListStore } from './adapters/sqlite/sqlite-list-store';
import { SystemClock } from './adapters/system/system-clock';
import { ConversationReferences } from './app/conversations';
import { Directory } from './app/directory';
import { LIST_SCHEMA } from './app/list-schema';
import { PlanService } from './app/plans';
import { ReportService } from './app/reports';
import { PlanCarryOver } from './app/plan-carry-over';
import { SurveyService } from './app/surveys';
import { SurveyResults } from './app/survey-results-service';
import { SurveyAnswerWriter } from './app/survey-writer';
import { NodeSecrets, readOrCreateKey } from './adapters/system/node-secrets';
import { VersionHistory } from './app/versions';
import { Comments } from './app/comments';
import type { Clock } from './app/ports/clock';
import type { ListStore } from './app/ports/list-store';
import type { TokenValidator } from './app/ports/token-validator';
import { seedDemoMunicipality } from './app/seed/seed';
import { Settings } from './app/settings';
import type { AppConfig } from './config';
import { createHttpServer } from './http/server';
import type { HttpServices, Logger } from './http/services';

export interface Overrides {
  clock?: Clock;
  log?: Logger;
  store?: ListStore;
}

export const consoleLogger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: 'info', message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
};

function openStore(config: AppConfig): ListStore {
  if (config.store === 'graph') {
    throw new Error('SKA_STORE=graph: the SharePoint list store is not part of this build yet. Use SKA_STORE=sqlite.');
  }
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteListStore(join(config.dataDir, 'ska.db'));
}

export async function composeApp(config: AppConfig, overrides: Overrides = {}) {
  const log = overrides.log ?? consoleLogger;
  const clock = overrides.clock ?? new SystemClock();
  const store = overrides.store ?? openStore(config);
  await store.ensureLists(LIST_SCHEMA);

  const directory = new Directory(store);
  const settings = new Settings(store);
  const versions = new VersionHistory(store, clock);
  const comments = new Comments(store, clock);
  const plans = new PlanService(store, directory, settings, clock, versions, comments);
  const reports = new ReportService(store, directory, settings, versions, comments);
  const carryOver = new PlanCarryOver(plans, reports, directory, settings);
  const surveyWriter = new SurveyAnswerWriter(store);
  const secrets = new NodeSecrets(readOrCreateKey(join(config.dataDir, 'survey-key')));
  const surveys = new SurveyService(store, directory, clock, secrets, surveyWriter);
  const surveyResults = new SurveyResults(store, directory, surveys, clock);
  const conversations = new ConversationReferences(store, directory, clock);

  let devIdentity: DevIdentityProvider | undefined;
  let tokens: TokenValidator;
  if (config.auth === 'dev') {
    devIdentity = DevIdentityProvider.fromKeyFile(join(config.dataDir, 'dev-signing-key'));
    tokens = devIdentity;
  } else {
    tokens = new EntraTokenValidator({ ...config.entra, appIdUri: config.entra.appIdUri || undefined });
  }

  const bot = createBotEndpoint(config.bot, {
    conversations,
    directory,
    settings,
    log,
    links: {
      tabDeepLink: `https://teams.microsoft.com/l/entity/${config.teamsAppId}/my-quality-work`,
      webUrl: `${config.publicUrl}/`,
    },
  });

  if (config.seedDemo && (await seedDemoMunicipality({ store, directory, plans, clock }))) {
    log.info('seeded the demo municipality');
  }

  const services: HttpServices = { config, store, clock, directory, settings, plans, reports, carryOver, surveys, surveyResults, versions, comments, tokens, devIdentity, bot, log };
  const http = createHttpServer(services);
  return {
    ...http,
    services,
    conversations,
    bot,
    surveyWriter,
    /** Writes what is queued (acknowledged survey answers), then closes the store. */
    close: async () => {
      await surveyWriter.close();
      await store.close();
    },
  };
}

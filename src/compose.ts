/**
 * The composition root: the one place that reads the configuration and picks the adapters.
 * Nothing else asks "am I local?".
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBotEndpoint } from '../bot/bot-endpoint';
import { BotFrameworkNotifier } from '../bot/bot-framework-notifier';
import { IcsCalendar } from './adapters/calendar/ics-calendar';
import { YearWheelService } from './app/year-wheel-service';
import { OutboxService } from './app/outbox';
import { OutboxSender, type SenderOptions } from './app/outbox-sender';
import { MessageComposer } from './app/message-composer';
import { Reach } from './app/reach';
import { DialogueService } from './app/dialogues';
import { DialogueNotes } from './app/dialogue-notes';
import { CheckInService } from './app/check-ins';
import { MyWork } from './app/my-work';
import { Scheduler } from './app/scheduler';
import { dialogueTypesOf } from './domain/year-wheel';
import type { AppLinks } from './app/messages';
import { schoolYearToUrl } from './domain/school-year';
import { DevIdentityProvider } from './adapters/dev-identity/dev-identity-provider';
import { EntraTokenValidator } from './adapters/entra/entra-token-validator';
import { SqliteListStore } from './adapters/sqlite/sqlite-list-store';
import { GraphListStore } from './adapters/graph/graph-list-store';
import { MsalAppOnlyAuthProvider } from './adapters/graph/msal-app-only-auth';
import { SystemClock } from './adapters/system/system-clock';
import { ConversationReferences } from './app/conversations';
import { Directory } from './app/directory';
import { LIST_SCHEMA } from './app/list-schema';
import { PlanService } from './app/plans';
import { ReportService } from './app/reports';
import { PlanCarryOver } from './app/plan-carry-over';
import { SurveyService } from './app/surveys';
import { SurveyNotifications } from './app/survey-notifications';
import { SurveyResults } from './app/survey-results-service';
import { SurveyAnswerWriter } from './app/survey-writer';
import { StatisticsService } from './app/statistics';
import { OrganiserOverview } from './app/overview';
import { AnnualAggregates } from './app/annual-aggregates';
import { AnnualFollowUpService } from './app/annual-follow-up';
import { PublishingService } from './app/publishing';
import { PresetService } from './app/presets';
import type { Publisher } from './app/ports/publisher';
import { LocalFilePublisher } from './adapters/intranet/local-file-publisher';
import { SharePointPagePublisher } from './adapters/intranet/sharepoint-page-publisher';
import { SpreadsheetReader } from './adapters/tables/spreadsheet-reader';
import { KoladaHttpSource } from './adapters/kolada/kolada-http-source';
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
  /** The year wheel's tick (default: on, except in the test stage) and the outbox sender (default: on). */
  background?: { scheduler?: boolean; sender?: boolean; senderOptions?: Partial<SenderOptions> };
}

export const consoleLogger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: 'info', message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
};

function openStore(config: AppConfig): ListStore {
  if (config.store === 'graph') {
    const { siteId, tenantId, clientId, certificatePath, certificatePassword } = config.graph;
    return GraphListStore.create({ siteId, authProvider: MsalAppOnlyAuthProvider.fromCertificateFile({ tenantId, clientId, certificatePath, certificatePassword }) });
  }
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteListStore(join(config.dataDir, 'ska.db'));
}

/** SharePoint site pages when the store is SharePoint; otherwise pages rendered locally at /intranet. */
function openPublisher(config: AppConfig, store: ListStore): Publisher {
  if (store instanceof GraphListStore) return new SharePointPagePublisher(store.http, config.graph.siteId);
  return new LocalFilePublisher(join(config.dataDir, 'intranet'), config.publicUrl, 'Intranät');
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
  const surveys = new SurveyService(store, directory, clock, secrets, surveyWriter, config.publicUrl);
  const surveyResults = new SurveyResults(store, directory, surveys, clock);
  const statistics = new StatisticsService(store, directory, new SpreadsheetReader(), config.kolada.fetch ? new KoladaHttpSource() : undefined, config.kolada.municipalityId);
  const overview = new OrganiserOverview(store, directory, settings, surveys, surveyResults, statistics, clock);
  const annual = new AnnualFollowUpService(store, new AnnualAggregates(store, directory, surveys, surveyResults, statistics, settings), versions, comments, settings);
  const publishing = new PublishingService(store, openPublisher(config, store), plans, reports, annual, settings, clock);
  const conversations = new ConversationReferences(store, directory, clock);

  // Year wheel, dialogues, check-ins and the outbox the bot's proactive messages go through.
  const links: AppLinks = {
    document: (kind, unitId, year) =>
      `https://teams.microsoft.com/l/entity/${config.teamsAppId}/my-quality-work?context=${encodeURIComponent(JSON.stringify({ subEntityId: `${kind}|${unitId}|${schoolYearToUrl(year)}` }))}`,
    calendar: (token) => `${config.publicUrl}/api/calendar/${token}`,
  };
  const yearWheel = new YearWheelService(store, clock);
  const outbox = new OutboxService(store, clock, directory);
  const reach = new Reach(store, directory);
  const ics = new IcsCalendar(() => clock.now());
  const dialogues = new DialogueService(store, directory, yearWheel, outbox, reach, ics, ics, secrets, links, clock);
  const dialogueNotes = new DialogueNotes(store, directory, clock, async () => dialogueTypesOf(await yearWheel.wheel()));
  const checkIns = new CheckInService(store, directory, plans, links, clock);
  const scheduler = new Scheduler(store, clock, yearWheel, dialogues, checkIns, outbox, reach, directory, links, log);
  const composer = new MessageComposer()
    .register('dialogueInvitation', (item) => dialogues.composeInvitation(item))
    .register('dialogueReminder', (item) => dialogues.composeReminder(item))
    .register('documentReminder', (item) => scheduler.composeDocumentReminder(item))
    .register('checkIn', (item) => checkIns.compose(item))
    .register('surveyNotice', (item) => surveyNotifications.compose(item));
  const surveyNotifications = new SurveyNotifications(store, directory, surveys, surveyResults, outbox, clock, (unitId) => `${config.publicUrl}/?view=tld&unitId=${unitId}`);
  surveys.onOpened = (round) => surveyNotifications.roundOpened(round);
  scheduler.addSource('surveyReminders', (now) => surveyNotifications.due(now));

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
    dialogues,
    checkIns,
    myWork: new MyWork(store, directory, plans, dialogues, yearWheel, links, clock),
    playgroundUser: config.playgroundUser,
    log,
    links: {
      tabDeepLink: `https://teams.microsoft.com/l/entity/${config.teamsAppId}/my-quality-work`,
      webUrl: `${config.publicUrl}/`,
    },
  });

  if (config.seedDemo && (await seedDemoMunicipality({ store, directory, plans, clock }))) {
    log.info('seeded the demo municipality');
  }

  const background = overrides.background ?? {};
  const sender = new OutboxSender(
    { outbox, references: reach, composer, notifier: new BotFrameworkNotifier(bot.adapter, config.bot.appId), log },
    { instanceId: `sender-${randomUUID().slice(0, 8)}`, ...background.senderOptions },
  );
  outbox.onEnqueued = () => sender.wake();
  if (background.sender ?? true) sender.start();
  const runScheduler = background.scheduler ?? config.stage !== 'test';
  if (runScheduler) scheduler.start(5 * 60_000);

  const presets = new PresetService(store, settings, yearWheel, surveys);
  const services: HttpServices = { config, store, clock, directory, settings, plans, reports, carryOver, surveys, surveyResults, surveyNotifications, statistics, overview, annual, publishing, presets, versions, comments, tokens, devIdentity, bot, log, yearWheel, dialogues, dialogueNotes, checkIns, outbox, reach, scheduler };
  const http = createHttpServer(services);
  return {
    ...http,
    services,
    conversations,
    bot,
    surveyWriter,
    /** Writes what is queued (acknowledged survey answers), then closes the store. */
    sender,
    scheduler,
    close: async () => {
      await scheduler.stop();
      await sender.stop();
      await surveyWriter.close();
      await store.close();
    },
  };
}

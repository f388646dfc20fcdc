/**
 * The composition root: the one place that reads the configuration and picks the adapters.
 * Nothing else asks "am I local?".
 */
import { ReportBasisService } from './app/documents/report-basis';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBotEndpoint } from '../bot/bot-endpoint';
import { BotFrameworkNotifier } from '../bot/bot-framework-notifier';
import { IcsCalendar } from './adapters/calendar/ics-calendar';
import { GraphCalendar } from './adapters/calendar/graph-calendar';
import { GraphTeamsMeetings } from './adapters/teams/graph-teams-meetings';
import { composeMeetings } from './app/meetings/compose-meetings';
import { GraphBudget } from './adapters/graph/graph-budget';
import { GraphHttp, type GraphHttpOptions } from './adapters/graph/graph-http';
import { YearWheelService } from './app/year/year-wheel-service';
import { OutboxService } from './app/outbox/outbox';
import { OutboxSender, realTimer, type SendGate, type SenderOptions, type Timer } from './app/outbox/outbox-sender';
import { LeaderLease, type LeaseOptions } from './app/year/leader-lease';
import { BackgroundWork, type BackgroundOptions } from './app/year/background-work';
import { BudgetPacer } from './app/year/budget-pacer';
import { MessageComposer } from './app/outbox/message-composer';
import { Reach } from './app/outbox/reach';
import { DialogueService } from './app/dialogues/dialogues';
import { DialogueNotes } from './app/dialogues/dialogue-notes';
import { CheckInService } from './app/year/check-ins';
import { MyWork } from './app/documents/my-work';
import { Scheduler } from './app/year/scheduler';
import { dialogueTypesOf } from './domain/year-wheel';
import type { AppLinks } from './app/outbox/messages';
import { schoolYearToUrl } from './domain/school-year';
import { DevIdentityProvider } from './adapters/dev-identity/dev-identity-provider';
import { EntraTokenValidator } from './adapters/entra/entra-token-validator';
import { SqliteListStore } from './adapters/sqlite/sqlite-list-store';
import { GraphListStore } from './adapters/graph/graph-list-store';
import { MsalAppOnlyAuthProvider } from './adapters/graph/msal-app-only-auth';
import { SystemClock } from './adapters/system/system-clock';
import { ConversationReferences } from './app/outbox/conversations';
import { Directory } from './app/directory/directory';
import { LIST_SCHEMA } from './app/store/list-schema';
import { PlanService } from './app/documents/plans';
import { ReportService } from './app/documents/reports';
import { PlanCarryOver } from './app/documents/plan-carry-over';
import { SurveyService } from './app/survey/surveys';
import { SurveySchedule } from './app/survey/survey-schedule';
import { SurveyNotifications } from './app/survey/survey-notifications';
import { SurveyResults } from './app/survey/survey-results-service';
import { SurveyAnswerWriter } from './app/survey/survey-writer';
import { migrateUnpackedAnswers } from './app/survey/survey-migration';
import { StatisticsService } from './app/organiser/statistics';
import { OrganiserOverview } from './app/organiser/overview';
import { AnnualAggregates } from './app/organiser/annual-aggregates';
import { AnnualFollowUpService } from './app/documents/annual-follow-up';
import { PublishingService } from './app/organiser/publishing';
import { PresetService } from './app/config/presets';
import type { Publisher } from './app/ports/publisher';
import { LocalFilePublisher } from './adapters/intranet/local-file-publisher';
import { SharePointPagePublisher } from './adapters/intranet/sharepoint-page-publisher';
import { htmlPageRenderer } from './adapters/intranet/render-html';
import { docxWordRenderer } from './adapters/word/word-export';
import { pdfkitRenderer } from './adapters/pdf/pdf-export';
import { qrcodeRenderer } from './adapters/qr/qr-codes';
import { SpreadsheetReader } from './adapters/tables/spreadsheet-reader';
import { KoladaHttpSource } from './adapters/kolada/kolada-http-source';
import { NodeSecrets, readOrCreateKey } from './adapters/system/node-secrets';
import { VersionHistory } from './app/documents/versions';
import { Comments } from './app/documents/comments';
import { wireDocumentNotices } from './app/documents/wire-notices';
import type { Clock } from './app/ports/clock';
import type { ListStore } from './app/ports/list-store';
import type { TokenValidator } from './app/ports/token-validator';
import { ReplayClock } from './app/seed/replay-clock';
import { seedDemoMunicipality } from './app/seed/seed';
import { Settings } from './app/config/settings';
import type { AppConfig } from './config';
import { createHttpServer } from './http/server';
import { DirectoryImport } from './app/directory/directory-import';
import { ensureBootstrapAdmins } from './app/directory/bootstrap-admins';
import { IntranetAccess } from './app/directory/intranet-access';
import type { DirectorySource, UnitRegister } from './app/ports/directory-source';
import { GraphDirectorySource } from './adapters/entra/graph-directory-source';
import { SkolenhetsregistretFileSource, SkolenhetsregistretHttpSource } from './adapters/skolverket/skolenhetsregistret-source';
import type { HttpServices, Logger } from './http/services';

export interface Overrides {
  clock?: Clock;
  log?: Logger;
  store?: ListStore;
  /** Graph without Entra ID (tests: the local fake): the token source and where requests go. */
  graph?: Pick<GraphHttpOptions, 'authProvider' | 'hostRewrite'>;
  /** The year wheel's tick (default: on, except in the test stage) and the outbox sender (default: on). */
  background?: {
    scheduler?: boolean;
    sender?: boolean;
    senderOptions?: Partial<SenderOptions>;
    /** Leadership among instances (leader-lease.ts) and the loop's cadence; a fake timer in tests. */
    leaseOptions?: Partial<LeaseOptions>;
    loopOptions?: Partial<BackgroundOptions>;
    timer?: Timer;
  };
  /** The directory import's sources (tests: Graph fake, saved register file). */
  directorySource?: DirectorySource;
  unitRegister?: UnitRegister;
  /** The survey writer's packing (bench/year: packs no larger than the peak minute's real arrivals make). */
  surveyPacking?: ConstructorParameters<typeof SurveyAnswerWriter>[1];
}

/** Entra ID through the one Graph pipeline when Graph is configured; Skolverket live in production, else a saved file. */
function openDirectorySources(
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
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
};

/** What every Graph client of the process shares: app-only auth, the RU meter, the per-operation log. */
function graphOptions(
  config: AppConfig,
  budget: GraphBudget,
  log: Logger,
  override?: Overrides['graph'],
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

function openStore(config: AppConfig, budget: GraphBudget, log: Logger, graph?: Overrides['graph']): ListStore {
  if (config.store === 'graph') return GraphListStore.create({ siteId: config.graph.siteId, ...graphOptions(config, budget, log, graph) });
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteListStore(join(config.dataDir, 'ska.db'));
}

/** SharePoint site pages when the store is SharePoint; otherwise pages rendered locally at /intranet. */
function openPublisher(config: AppConfig, store: ListStore): Publisher {
  // The intranet site (e.g. KomIn) is apart from the data site, which only the app can read.
  if (store instanceof GraphListStore) return new SharePointPagePublisher(store.http, config.intranetSiteId || config.graph.siteId);
  return new LocalFilePublisher(join(config.dataDir, 'intranet'), config.publicUrl, 'Intranät');
}

export async function composeApp(config: AppConfig, overrides: Overrides = {}) {
  const log = overrides.log ?? consoleLogger;
  // The demo seed plays its year on this clock before anything runs; afterwards it is the given one.
  const clock = new ReplayClock(overrides.clock ?? new SystemClock());
  const background = overrides.background ?? {};
  const timer = background.timer ?? realTimer;
  // The RU meter on the clock background work sleeps on, so the pacer's waits move its window.
  const budget =
    (overrides.store instanceof GraphListStore && overrides.store.http.budget) ||
    new GraphBudget(config.graph.ruPerMinute, () => timer.now());
  const store = overrides.store ?? openStore(config, budget, log, overrides.graph);
  // SharePoint: verify only (one round; refuses to start naming what is missing and
  // `npm run provision:sharepoint`); the app's `write` grant cannot create lists. SQLite: create.
  if (store instanceof GraphListStore) await store.verify(LIST_SCHEMA);
  else await store.ensureLists(LIST_SCHEMA);
  await migrateUnpackedAnswers(store);
  // The app-only Graph pipeline for calls outside the store (calendar): the store's when there is one.
  const hasAppCredentials = Boolean(config.graph.tenantId && config.graph.clientId && config.graph.certificatePath);
  const graphHttp =
    store instanceof GraphListStore
      ? store.http
      : config.calendar.kind === 'graph' || hasAppCredentials
        ? new GraphHttp(graphOptions(config, budget, log, overrides.graph))
        : undefined;

  const directory = new Directory(store);
  const settings = new Settings(store);
  const versions = new VersionHistory(store, clock);
  const comments = new Comments(store, clock);
  const plans = new PlanService(store, directory, settings, clock, versions, comments);
  const reports = new ReportService(store, directory, settings, versions, comments);
  const carryOver = new PlanCarryOver(plans, reports, directory, settings);
  const surveyWriter = new SurveyAnswerWriter(store, {
    ...(config.surveyPackHoldMs === undefined ? {} : { maxHoldMs: config.surveyPackHoldMs }),
    ...overrides.surveyPacking,
  });
  const secrets = new NodeSecrets(readOrCreateKey(join(config.dataDir, 'survey-key')));
  const surveys = new SurveyService(store, directory, clock, secrets, surveyWriter, config.publicUrl);
  const surveyResults = new SurveyResults(store, directory, surveys, clock);
  const statistics = new StatisticsService(
    store,
    directory,
    new SpreadsheetReader(),
    config.kolada.fetch ? new KoladaHttpSource() : undefined,
    config.kolada.municipalityId,
  );
  const reportBasis = new ReportBasisService(reports, surveys, surveyResults, statistics, clock);
  const overview = new OrganiserOverview(store, directory, settings, surveys, surveyResults, statistics, clock);
  const annual = new AnnualFollowUpService(
    store,
    new AnnualAggregates(store, directory, surveys, surveyResults, statistics, settings),
    versions,
    comments,
    settings,
  );
  const publishing = new PublishingService(store, openPublisher(config, store), plans, reports, annual, settings, clock, config.publicUrl);
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
  // SKA_CALENDAR=graph: Outlook events with a Teams meeting in the organiser mailbox; otherwise .ics files.
  const calendar =
    config.calendar.kind === 'graph' && graphHttp ? new GraphCalendar({ http: graphHttp, mailbox: config.calendar.organiser }) : ics;
  const dialogues = new DialogueService(store, directory, yearWheel, outbox, reach, calendar, ics, secrets, links, clock, settings);
  // Sending a round: on SharePoint each group's booking and invitations are background work items,
  // paced by the budget; on SQLite (nothing metered) the request does them itself.
  dialogues.roundWork.inline = store.kind === 'sqlite';
  const dialogueNotes = new DialogueNotes(store, directory, clock, async () => dialogueTypesOf(await yearWheel.wheel()));
  // The dialogue's Teams meeting: the app and its tab in the meeting chat, attendance reports — with the Graph calendar only.
  const teams =
    config.calendar.kind === 'graph' && graphHttp
      ? new GraphTeamsMeetings({ http: graphHttp, mailbox: config.calendar.organiser, catalogAppId: config.calendar.catalogAppId })
      : undefined;
  const meetings = composeMeetings({
    store,
    directory,
    wheel: yearWheel,
    dialogues,
    calendar,
    teams,
    outbox,
    plans,
    reports,
    versions,
    overview,
    links,
    clock,
    secrets,
    log,
    tabEndpoint: config.tabEndpoint,
  });
  const checkIns = new CheckInService(store, directory, plans, links, clock);
  dialogues.roundWork.afterGroup = async (roundId, groupId, organiserId) => {
    const organiser = await directory.person(organiserId);
    if (organiser) await meetings.parts.setup.setUpGroup(roundId, groupId, await directory.actorFor(organiser));
  };
  const scheduler = new Scheduler(store, clock, yearWheel, dialogues, checkIns, outbox, reach, directory, links, settings, log);
  const composer = new MessageComposer()
    .register('dialogueInvitation', (item) => meetings.parts.setup.composeInvitation(item))
    .register('dialogueReminder', (item) => dialogues.composeReminder(item))
    .register('documentReminder', (item) => scheduler.composeDocumentReminder(item))
    .register('checkIn', (item) => checkIns.compose(item))
    .register('surveyNotice', (item) => surveyNotifications.compose(item));
  const surveyNotifications = new SurveyNotifications(
    store,
    directory,
    surveys,
    surveyResults,
    outbox,
    clock,
    (unitId) => `${config.publicUrl}/?view=tld&unitId=${unitId}`,
  );
  surveys.opening.notify = (round, principals) => surveyNotifications.roundOpened(round, principals);
  if (store.kind !== 'sqlite') surveys.opening.queue = outbox; // SharePoint: a round's links and notices are paced work items
  surveys.onClosed = (round) => overview.roundClosed(round);
  surveys.onStudentCountSet = (roundId) => surveyResults.forget(roundId);
  scheduler.addSource('surveyReminders', (now) => surveyNotifications.due(now));
  // Ended Teams meetings' attendance reports are read on the tick (they send nothing).
  scheduler.addSource('meetingAttendance', async (now) => (await meetings.parts.attendance.readEnded(now), []));

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

  await ensureBootstrapAdmins(store, config.onboarding.bootstrapAdmins, log);
  const sources = openDirectorySources(config, graphHttp);
  const directoryImport = new DirectoryImport(
    store,
    clock,
    { directory: overrides.directorySource ?? sources.directory, register: overrides.unitRegister ?? sources.register },
    config.onboarding.bootstrapAdmins,
  );
  scheduler.addSource(
    'directoryImport',
    async (now) => (await directoryImport.runIfDue(now).catch((err) => log.error('directory import failed', { err: String(err) })), []),
  );

  // Only the instance holding the lease ticks and sends: one scheduler, and Teams' 50/s per app
  // holds for the whole app because one pacer does all the sending.
  const instanceId = `instance-${randomUUID().slice(0, 8)}`;
  const lease = new LeaderLease(store, timer, { instanceId, ...background.leaseOptions });
  // Background work stops at 40 % of the SharePoint budget a minute: what it has in flight then
  // (cards prepared side by side) and people's requests stay below half (tests/budget).
  const pacer = new BudgetPacer(budget, timer, { share: 0.4 });
  scheduler.pace = () => pacer.wait();
  const gate: SendGate = { acquire: (): Promise<boolean> => work.gate.acquire(), holds: (): boolean => work.gate.holds() };
  const sender: OutboxSender = new OutboxSender(
    {
      outbox,
      references: reach,
      composer,
      notifier: new BotFrameworkNotifier(bot.adapter, config.bot.appId),
      log,
      timer,
      gate,
      pacer,
      work: {
        perform: (item, pace) =>
          item.kind === 'surveyRoundSetup' ? surveys.opening.perform(item, pace) : dialogues.performGroupWork(item, pace),
      },
    },
    { instanceId, ...background.senderOptions },
  );
  if (config.seedDemo) {
    const year = {
      clock,
      directory,
      plans,
      reports,
      reportBasis,
      comments,
      annual,
      publishing,
      surveys,
      statistics,
      dialogues,
      dialogueNotes,
      conversations,
      outbox,
      reach,
    };
    if (await seedDemoMunicipality({ store, directory, plans, clock }, config.demoSeed, year))
      log.info('seeded the demo municipality', { demoSeed: config.demoSeed });
  }
  // After the seed, which plays its year without telling anyone.
  const documentNotices = wireDocumentNotices({
    store,
    directory,
    settings,
    versions,
    outbox,
    links,
    composer,
    log,
    tellers: [plans, reports, annual, comments, publishing],
  });
  const runScheduler = background.scheduler ?? config.stage !== 'test';
  const work: BackgroundWork = new BackgroundWork(
    { lease, sender, scheduler: runScheduler ? scheduler : undefined, timer, log, pacer },
    background.loopOptions,
  );
  outbox.onEnqueued = () => work.wake();
  if ((background.sender ?? true) || runScheduler) work.start();
  if (background.sender === false) await sender.stop();

  const presets = new PresetService(store, settings, yearWheel, surveys);
  const services: HttpServices = {
    graphBudget: budget,
    config,
    store,
    clock,
    directory,
    settings,
    plans,
    reports,
    reportBasis,
    carryOver,
    surveys,
    surveyResults,
    surveyNotifications,
    surveySchedule: new SurveySchedule(surveys, yearWheel, clock),
    statistics,
    overview,
    annual,
    publishing,
    presets,
    versions,
    comments,
    documentNotices,
    tokens,
    devIdentity,
    bot,
    log,
    yearWheel,
    dialogues,
    dialogueNotes,
    meetings,
    checkIns,
    outbox,
    reach,
    scheduler,
    directoryImport,
    intranetAccess: new IntranetAccess(store, secrets, clock),
    // One of each, in-process: docx, pdfkit, our own HTML, qrcode.
    wordRenderer: docxWordRenderer,
    pdfRenderer: pdfkitRenderer,
    pageRenderer: htmlPageRenderer,
    qrRenderer: qrcodeRenderer,
  };
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
    /** The leader loop (tick + outbox drain) and its lease. */
    background: work,
    lease,
    close: async () => {
      await sender.stop();
      await work.stop();
      await scheduler.stop();
      await surveyWriter.close();
      await store.close();
    },
  };
}

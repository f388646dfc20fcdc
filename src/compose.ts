/**
 * The composition root: the one place that reads the configuration and picks the adapters.
 * Nothing else asks "am I local?".
 */
import { createBotEndpoint } from '../bot/bot-endpoint';
import { composeMeetings } from './app/meetings/compose-meetings';
import { GraphBudget } from './adapters/graph/graph-budget';
import { YearWheelService } from './app/year/year-wheel-service';
import { OutboxService } from './app/outbox/outbox';
import { realTimer, type SenderOptions, type Timer } from './app/outbox/outbox-sender';
import { type LeaseOptions } from './app/year/leader-lease';
import { type BackgroundOptions } from './app/year/background-work';
import { MessageComposer } from './app/outbox/message-composer';
import { Reach } from './app/outbox/reach';
import { DialogueService } from './app/dialogues/dialogues';
import { DialogueNotes } from './app/dialogues/dialogue-notes';
import { CheckInService } from './app/year/check-ins';
import { openMyWork } from './app/documents/my-work';
import { Scheduler } from './app/year/scheduler';
import { dialogueTypesOf } from './domain/year-wheel';
import { GraphListStore } from './adapters/graph/graph-list-store';
import { SystemClock } from './adapters/system/system-clock';
import { ConversationReferences } from './app/outbox/conversations';
import { LIST_SCHEMA } from './app/store/list-schema';
import { SurveySchedule } from './app/survey/survey-schedule';
import { SurveyNotifications } from './app/survey/survey-notifications';
import { SurveyAnswerWriter } from './app/survey/survey-writer';
import { migrateUnpackedAnswers } from './app/survey/survey-migration';
import { PresetService } from './app/config/presets';
import { htmlPageRenderer } from './adapters/intranet/render-html';
import { docxWordRenderer } from './adapters/word/word-export';
import { pdfkitRenderer } from './adapters/pdf/pdf-export';
import { qrcodeRenderer } from './adapters/qr/qr-codes';
import { wireDocumentNotices } from './app/documents/wire-notices';
import type { Clock } from './app/ports/clock';
import type { ListStore } from './app/ports/list-store';
import { ReplayClock } from './app/seed/replay-clock';
import { seedDemoMunicipality } from './app/seed/seed';
import type { AppConfig } from './config';
import { createHttpServer } from './http/server';
import { DirectoryImport } from './app/directory/directory-import';
import { ensureBootstrapAdmins } from './app/directory/bootstrap-admins';
import { IntranetAccess } from './app/directory/intranet-access';
import type { DirectorySource, UnitRegister } from './app/ports/directory-source';
import type { HttpServices, Logger } from './http/services';
import {
  appLinks,
  consoleLogger,
  openCalendars,
  openDirectorySources,
  openGraphHttp,
  openStore,
  openTokens,
  type GraphOverride,
} from './compose-adapters';
import { composeBackground } from './compose-background';
import { composeDocuments } from './compose-documents';

export interface Overrides {
  clock?: Clock;
  log?: Logger;
  store?: ListStore;
  /** Graph without Entra ID (tests: the local fake): the token source and where requests go. */
  graph?: GraphOverride;
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
  const graphHttp = openGraphHttp(config, store, budget, log, overrides.graph);

  const documents = composeDocuments(config, store, clock, overrides.surveyPacking);
  const { surveyWriter, secrets, ...documentServices } = documents;
  const { directory, settings, versions, comments, plans, reports, surveys } = documentServices;
  const { surveyResults, statistics, reportBasis, overview, annual, publishing } = documentServices;
  const conversations = new ConversationReferences(store, directory, clock);

  // Year wheel, dialogues, check-ins and the outbox the bot's proactive messages go through.
  const links = appLinks(config);
  const yearWheel = new YearWheelService(store, clock);
  const outbox = new OutboxService(store, clock, directory);
  const reach = new Reach(store, directory);
  const { ics, calendar, teams } = openCalendars(config, graphHttp, clock);
  const dialogues = new DialogueService(store, directory, yearWheel, outbox, reach, calendar, ics, secrets, links, clock, settings);
  // Sending a round: on SharePoint each group's booking and invitations are background work items,
  // paced by the budget; on SQLite (nothing metered) the request does them itself.
  dialogues.roundWork.inline = store.kind === 'sqlite';
  const dialogueNotes = new DialogueNotes(store, directory, clock, async () => dialogueTypesOf(await yearWheel.wheel()));
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
  scheduler.addSource('meetingAttendance', async (now) => (await meetings.parts.attendance.readEnded(now), [])); // Teams' reports; sends nothing
  const { tokens, devIdentity } = openTokens(config);

  const bot = createBotEndpoint(config.bot, {
    conversations,
    directory,
    settings,
    dialogues,
    checkIns,
    myWork: openMyWork({ ...documentServices, store, dialogues, yearWheel, links, clock }),
    playgroundUser: config.playgroundUser,
    log,
    links: {
      tabDeepLink: `https://teams.microsoft.com/l/entity/${config.teamsAppId}/my-quality-work`,
      webUrl: `${config.publicUrl}/`,
    },
  });

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

  const runScheduler = background.scheduler ?? config.stage !== 'test';
  const { lease, sender, work, demoConnector } = composeBackground({
    store,
    config,
    budget,
    timer,
    log,
    outbox,
    reach,
    composer,
    scheduler,
    dialogues,
    surveys,
    bot,
    runScheduler,
    options: background,
  });
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
  // After the seed, which plays its year without telling anyone: the first admins (a seeded one promoted, not added twice), the notices.
  await ensureBootstrapAdmins(store, config.onboarding.bootstrapAdmins, log);
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
  outbox.onEnqueued = () => work.wake();
  if ((background.sender ?? true) || runScheduler) work.start();
  if (background.sender === false) await sender.stop();

  const presets = new PresetService(store, settings, yearWheel, surveys);
  const services: HttpServices = {
    graphBudget: budget,
    config,
    store,
    clock,
    // Directory, settings, the documents, surveys and results, statistics, overview, publishing (compose-documents.ts).
    ...documentServices,
    surveyNotifications,
    surveySchedule: new SurveySchedule(surveys, yearWheel, clock),
    presets,
    documentNotices,
    tokens,
    devIdentity,
    demoDeliveries: demoConnector,
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
    demoConnector, // what was "sent" to the demo people (their connector is in-process)
    sender,
    scheduler,
    /** The leader loop (tick + outbox drain) and its lease. */
    background: work,
    lease,
    /** Writes what is queued (acknowledged survey answers), then closes the store. */
    close: async () => {
      await sender.stop();
      await work.stop();
      await scheduler.stop();
      await surveyWriter.close();
      await store.close();
    },
  };
}

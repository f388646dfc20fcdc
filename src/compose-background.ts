/**
 * The composition root's background work (compose.ts): the leader lease, the budget pacer, the
 * outbox sender and the loop that ticks the scheduler and drains the outbox on the leader only.
 */
import { randomUUID } from 'node:crypto';
import type { createBotEndpoint } from '../bot/bot-endpoint';
import { BotFrameworkNotifier } from '../bot/bot-framework-notifier';
import { DemoConnector } from '../bot/demo-connector';
import type { GraphBudget } from './adapters/graph/graph-budget';
import { pacedRequests } from './adapters/graph/request-pace';
import type { DialogueService } from './app/dialogues/dialogues';
import type { SurveyService } from './app/survey/surveys';
import type { MessageComposer } from './app/outbox/message-composer';
import type { OutboxService } from './app/outbox/outbox';
import { OutboxSender, type SendGate, type SenderOptions, type Timer } from './app/outbox/outbox-sender';
import type { Reach } from './app/outbox/reach';
import { BackgroundWork, type BackgroundOptions } from './app/year/background-work';
import { BudgetPacer } from './app/year/budget-pacer';
import { LeaderLease, type LeaseOptions } from './app/year/leader-lease';
import type { Scheduler } from './app/year/scheduler';
import type { ListStore } from './app/ports/list-store';
import type { AppConfig } from './config';
import type { Logger } from './http/services';

export interface BackgroundParts {
  store: ListStore;
  config: AppConfig;
  budget: GraphBudget;
  timer: Timer;
  log: Logger;
  outbox: OutboxService;
  reach: Reach;
  composer: MessageComposer;
  scheduler: Scheduler;
  dialogues: DialogueService;
  surveys: Pick<SurveyService, 'opening'>;
  bot: Pick<ReturnType<typeof createBotEndpoint>, 'adapter'>;
  /** Whether the leader ticks the year wheel's scheduler (it always drains the outbox). */
  runScheduler: boolean;
  /** The overrides' options for the sender, the lease and the loop (tests: short leases, a fake timer's cadence). */
  options: { senderOptions?: Partial<SenderOptions>; leaseOptions?: Partial<LeaseOptions>; loopOptions?: Partial<BackgroundOptions> };
}

/** Built before the demo seed and started after it (compose.ts): constructing them starts nothing. */
export function composeBackground(p: BackgroundParts) {
  // Only the instance holding the lease ticks and sends: one scheduler, and Teams' 50/s per app
  // holds for the whole app because one pacer does all the sending.
  const instanceId = `instance-${randomUUID().slice(0, 8)}`;
  const lease = new LeaderLease(p.store, p.timer, { instanceId, ...p.options.leaseOptions });
  // Background work stops at 40 % of the SharePoint budget a minute: what it has in flight then
  // (cards prepared side by side) and people's requests stay below half (tests/budget).
  const pacer = new BudgetPacer(p.budget, p.timer, { share: 0.4 });
  // Paced work waits for it before each Graph request it makes, holding that request's RU until
  // it is recorded (request-pace.ts): the tick, the work items, and a card's claim and composition.
  // When the sender stops (the app closing), a paced request no longer waits: shutdown is not held.
  // On SQLite nothing is metered, and the context is not entered at all: an AsyncLocalStorage once
  // run turns on a hook for every promise of the process (intake5: ~10 % of a survey answer's CPU).
  const paced = <T>(work: () => Promise<T>): Promise<T> =>
    p.store.kind === 'sqlite' ? work() : pacedRequests.run((ru) => pacer.admit(ru, () => sender.stopped), work);
  p.scheduler.paced = paced;
  // The sender's look before each card or work step holds no ticket of its own: what follows is
  // paced request by request, except a card's outcome, written after its send without waiting
  // (a delivered card recorded late could be sent again).
  const look = { wait: (isStopping?: () => boolean) => pacer.wait(isStopping, 0) };
  const gate: SendGate = { acquire: (): Promise<boolean> => work.gate.acquire(), holds: (): boolean => work.gate.holds() };
  const demoConnector = new DemoConnector(new BotFrameworkNotifier(p.bot.adapter, p.config.bot.appId, p.log));
  const sender: OutboxSender = new OutboxSender(
    {
      outbox: withPacedClaims(p.outbox, paced),
      references: p.reach,
      composer: { compose: (item) => paced(() => p.composer.compose(item)) },
      // The demo people's references are answered in-process (bot/demo-connector.ts), the rest go to Teams.
      notifier: demoConnector,
      log: p.log,
      timer: p.timer,
      gate,
      pacer: look,
      work: {
        perform: (item, pace) =>
          paced(() =>
            item.kind === 'surveyRoundSetup'
              ? p.surveys.opening.perform(item, pace)
              : item.kind === 'dialogueGroupsWrite'
                ? p.dialogues.performGroupsWrite(item)
                : p.dialogues.performGroupWork(item, pace),
          ),
      },
    },
    { instanceId, ...p.options.senderOptions },
  );
  const work: BackgroundWork = new BackgroundWork(
    { lease, sender, scheduler: p.runScheduler ? p.scheduler : undefined, timer: p.timer, log: p.log, pacer },
    p.options.loopOptions,
  );
  return { lease, pacer, sender, work, demoConnector };
}

/** The outbox as the sender sees it: its claims are paced requests (a claim is 2 RU before any send). */
function withPacedClaims(outbox: OutboxService, paced: <T>(work: () => Promise<T>) => Promise<T>): OutboxService {
  return new Proxy(outbox, {
    get: (target, key) =>
      key === 'claim'
        ? (...args: Parameters<OutboxService['claim']>) => paced(() => target.claim(...args))
        : Reflect.get(target, key, target),
  });
}

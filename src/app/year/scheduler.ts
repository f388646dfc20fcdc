/**
 * The year wheel's tick: given the Clock, enqueues what is due now (dialogue reminders, document
 * deadline reminders, check-ins) and requeues messages for people who have since installed the
 * app. Every item has an idempotency key, so ticks may repeat and instances may tick together.
 */
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { definiteName } from '../../domain/document-names';
import type { Settings } from '../config/settings';
import { documentReady } from '../../domain/dialogue';
import { schoolYearOfDay } from '../../domain/school-year';
import { formatSwedishDay } from '../../domain/swedish-time';
import { dueReminderOffset, resolveYearWheel, type ResolvedEvent } from '../../domain/year-wheel';
import type { CheckInService } from './check-ins';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { AppLinks } from '../outbox/messages';
import type { Composed } from '../outbox/message-composer';
import type { OutboxService } from '../outbox/outbox';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import type { Reach } from '../outbox/reach';
import type { YearWheelService } from './year-wheel-service';
import { TickReads } from './tick-reads';

export interface TickReport {
  schoolYear: string;
  dialogueReminders: number;
  documentReminders: number;
  checkIns: number;
  requeued: number;
  /** Items from the added sources, by name. */
  [source: string]: number | string;
}

/** Reminders queued per enqueue (one key lookup and one create $batch on SharePoint). */
const ENQUEUE_AT_ONCE = 10;

export class Scheduler {
  private interval?: ReturnType<typeof setInterval>;
  private running?: Promise<unknown>;

  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
    private readonly wheel: YearWheelService,
    private readonly dialogues: DialogueService,
    private readonly checkIns: CheckInService,
    private readonly outbox: OutboxService,
    private readonly reach: Reach,
    private readonly directory: Directory,
    private readonly links: AppLinks,
    private readonly settings: Settings,
    private readonly log: { error(m: string, d?: Record<string, unknown>): void },
  ) {}

  private readonly sources: { name: string; due: (now: Date) => Promise<NewOutboxItem[]> }[] = [];
  /**
   * Runs a tick with every Graph request it makes behind the budget pacer, each at its own RU
   * (set by compose-background.ts: budget-pacer.ts through adapters/graph/request-pace.ts). The
   * tick's reads, the reminders it queues and its added sources (survey reminders, meeting
   * attendance, the directory import) spread over minutes instead of one (bench/year: a check-in
   * tick took its 06:00 minute to 1,398 RU, then 916 with only its reads paced). As is by default
   * (SQLite, tests).
   */
  paced: <T>(work: () => Promise<T>) => Promise<T> = (work) => work();

  /** Other use cases with something due on the wheel's tick (e.g. TLD nudges). */
  addSource(name: string, due: (now: Date) => Promise<NewOutboxItem[]>): this {
    this.sources.push({ name, due });
    return this;
  }

  tick(): Promise<TickReport> {
    return this.paced(() => this.tickNow());
  }

  private async tickNow(): Promise<TickReport> {
    const now = this.clock.now();
    const schoolYear = schoolYearOfDay(this.clock.today());
    const wheel = await this.wheel.wheel();
    const events = resolveYearWheel(wheel, schoolYear);
    // One set of reads for every rule of this tick, whatever the number of units.
    const reads = new TickReads(this.store, this.directory);

    const dialogue = await this.dialogues.dueReminders(wheel, schoolYear, now, reads);
    const documents = await this.dueDocumentReminders(events, schoolYear, now, reads);
    const checkIns = await this.checkIns.due(events, schoolYear, now, reads);
    const fresh = async (items: NewOutboxItem[]) => {
      let created = 0;
      for (let c = 0; c < items.length; c += ENQUEUE_AT_ONCE) {
        created += (await this.outbox.enqueue(items.slice(c, c + ENQUEUE_AT_ONCE))).created;
      }
      return created;
    };
    const other: Record<string, number> = {};
    for (const source of this.sources) other[source.name] = await fresh(await source.due(now));
    return {
      schoolYear,
      dialogueReminders: await fresh(dialogue),
      documentReminders: await fresh(documents),
      checkIns: await fresh(checkIns),
      requeued: await this.requeueReachable(),
      ...other,
    };
  }

  /** Runs the tick now and every `everyMs`; a tick never overlaps the previous one. */
  start(everyMs: number): this {
    const run = () => {
      if (this.running) return;
      this.running = this.tick()
        .catch((err) => this.log.error('year wheel tick failed', { err: err instanceof Error ? err.stack : String(err) }))
        .finally(() => (this.running = undefined));
    };
    this.interval = setInterval(run, everyMs);
    this.interval.unref?.();
    run();
    return this;
  }

  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.running;
  }

  /** Reminders before the plan and report deadlines, to the principals of units not there yet. */
  async dueDocumentReminders(
    events: ResolvedEvent[],
    schoolYear: string,
    now: Date,
    reads = new TickReads(this.store, this.directory),
  ): Promise<NewOutboxItem[]> {
    const items: NewOutboxItem[] = [];
    for (const e of events.filter((x) => x.kind === 'documentDeadline' && x.document)) {
      const days = dueReminderOffset(new Date(e.start), e.remindDaysBefore ?? [], now);
      if (days === undefined) continue;
      const principals = await reads.principalsByUnit();
      for (const unit of await reads.units()) {
        const status = await reads.documentStatus(e.document!, unit.id, schoolYear);
        if (documentReady(e.document!, status)) continue;
        for (const personId of principals.get(unit.id) ?? []) {
          items.push({
            key: `documentReminder:${e.key}:${schoolYear}:${unit.id}:${personId}:${days}`,
            personId,
            kind: 'documentReminder',
            payload: { eventKey: e.key, label: e.label, document: e.document!, unitId: unit.id, schoolYear, deadline: e.start },
            source: `wheel:${schoolYear}`,
          });
        }
      }
    }
    return items;
  }

  /** At send time: skipped when the document got there meanwhile. */
  async composeDocumentReminder(item: OutboxItem): Promise<Composed> {
    const p = item.payload as Record<string, string>;
    const document = p.document as 'plan' | 'report';
    const status = await this.dialogues.documentStatus(document, p.unitId, p.schoolYear);
    if (documentReady(document, status)) return { skip: 'Dokumentet är redan klart.' };
    const unit = await this.directory.unit(p.unitId);
    const config = await this.settings.processConfig();
    const name = definiteName(document === 'plan' ? config.planLabel : config.reportDefinition.label);
    const what = name.The;
    const state = status ? DOCUMENT_STATUS_LABELS[status].toLowerCase() : 'inte påbörjad';
    return {
      kind: 'reminder',
      view: {
        title: `Påminnelse: ${p.label.toLowerCase()} senast ${formatSwedishDay(new Date(p.deadline))}`,
        lines: [`${what} för ${unit.name} för läsåret ${p.schoolYear} är ${state}.`],
        links: [{ title: `Öppna ${name.the}`, url: this.links.document(document, p.unitId, p.schoolYear) }],
      },
    };
  }

  /** Messages that waited for a conversation reference go out once the person has opened the app. */
  private async requeueReachable(): Promise<number> {
    let requeued = 0;
    const waiting = await this.outbox.withState('noReference');
    const unreachable = new Set(await this.reach.unreachable(waiting.map((i) => i.personId)));
    for (const item of waiting) {
      if (!unreachable.has(item.personId) && (await this.outbox.requeue(item))) requeued += 1;
    }
    if (requeued) this.outbox.onEnqueued();
    return requeued;
  }
}

/**
 * Opening a TLD round: a link per unit (keyed, so it is made once) and each principal's notice.
 * On SQLite (nothing metered) the request does it; on SharePoint the request records the decision
 * (the round's status) and enqueues one work item, and the leader's drain makes the links and
 * queues the notices a few units at a time, paced by the Graph budget (outbox WORK_KINDS). A
 * principal who opens their unit's link before the drain reached it gets it made there and then,
 * under the same key, so the drain later finds it and makes nothing twice.
 */
import type { Directory } from '../directory/directory';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import type { SchoolUnit } from '../store/records';
import { linkKey, toLink, type SurveyRound } from './survey-records';

/** The work item that opens a round in the background. */
export const OPENING_WORK = 'surveyRoundSetup' as const;
/** Units whose links are made (one $batch on Graph) and notices queued per paced step. */
const UNITS_AT_ONCE = 5;
/** About so many units a work item; the item for the next units is queued at its end. */
export const UNITS_PER_ITEM = 10;

const openingWorkItem = (roundId: string, organiserId: string, from: number): NewOutboxItem => ({
  key: `${OPENING_WORK}:${roundId}:${from}`,
  personId: organiserId,
  kind: OPENING_WORK,
  payload: { roundId, organiserId, from },
  source: `surveyWork:${roundId}`,
});

/** A principal to tell, with their unit's link code where the opening just made it (the notice then reads no link). */
export interface OpenedNotice {
  unitId: string;
  personId: string;
  code?: string;
}

export interface OpeningDeps {
  store: ListStore;
  directory: Directory;
  secrets: Secrets;
  rounds: () => Promise<SurveyRound[]>;
  round: (roundId: string) => Promise<SurveyRound>;
}

export class SurveyOpening {
  /** Where a metered store's opening goes (the outbox); unset (SQLite), the request does the work. */
  queue?: { enqueue(items: NewOutboxItem[]): Promise<unknown> };
  /** Queues the opened-round notices of these principals (keyed: each is sent once). */
  notify: (round: SurveyRound, principals: OpenedNotice[]) => Promise<unknown> = async () => undefined;

  constructor(private readonly d: OpeningDeps) {}

  /** Before the round is marked open, in the request: SQLite makes every unit's link now; Graph leaves it to the drain. */
  async beforeOpen(round: SurveyRound, organiserId: string): Promise<void> {
    if (this.queue) return;
    const carried = await this.previousStudentCounts(round);
    await this.createLinks(round, await this.d.directory.allUnits(), carried, organiserId);
  }

  /** The round has just opened: the notices (SQLite) or the one work item that does the rest (Graph). */
  async opened(round: SurveyRound, organiserId: string): Promise<void> {
    if (this.queue) await this.queue.enqueue([openingWorkItem(round.id, organiserId, 0)]);
    else await this.notify(round, await this.d.directory.principals());
  }

  /**
   * The background part (an OPENING_WORK item): from unit `from` on, UNITS_AT_ONCE at a time, a
   * pacing look, the units' links, their principals' notices; then the item for the next units.
   */
  async perform(item: OutboxItem, pace: () => Promise<void>): Promise<void> {
    const { roundId, organiserId, from } = item.payload as { roundId: string; organiserId: string; from: number };
    await pace();
    const round = await this.d.round(roundId);
    const units = (await this.d.directory.allUnits()).sort((a, b) => a.id.localeCompare(b.id));
    const carried = await this.previousStudentCounts(round);
    const principals = await this.d.directory.principals();
    const end = Math.min(units.length, from + UNITS_PER_ITEM);
    for (let next = from; next < end; next += UNITS_AT_ONCE) {
      await pace();
      const chunk = units.slice(next, Math.min(end, next + UNITS_AT_ONCE));
      const codes = await this.createLinks(round, chunk, carried, organiserId);
      await this.notify(
        round,
        principals.filter((p) => codes.has(p.unitId)).map((p) => ({ ...p, code: codes.get(p.unitId) })),
      );
    }
    if (end < units.length) await this.queue?.enqueue([openingWorkItem(roundId, organiserId, end)]);
  }

  /** A unit's link in an open round, made now (keyed) when the drain has not come to the unit yet. */
  async ensureLink(round: SurveyRound, unitId: string, modifiedById: string): Promise<ListItem> {
    const studentCount = await this.previousStudentCount(round, unitId);
    return this.d.store.create(
      'surveyLinks',
      { code: this.d.secrets.newCode(), roundId: round.id, unitId, studentCount, modifiedById },
      { key: linkKey(round.id, unitId) },
    );
  }

  /** The units' links (keyed: an existing one is returned as it is), as unit id → code. */
  private async createLinks(round: SurveyRound, units: SchoolUnit[], carried: Map<string, number>, modifiedById: string) {
    if (units.length === 0) return new Map<string, string>();
    const items = await this.d.store.createMany(
      'surveyLinks',
      units.map((unit) => ({
        key: linkKey(round.id, unit.id),
        fields: {
          code: this.d.secrets.newCode(),
          roundId: round.id,
          unitId: unit.id,
          studentCount: carried.get(unit.id) ?? null,
          modifiedById,
        },
      })),
    );
    return new Map(items.map((i) => [String(i.fields.unitId), String(i.fields.code)]));
  }

  /** Earlier rounds of the same respondents, latest first. */
  private async earlier(round: SurveyRound): Promise<SurveyRound[]> {
    return (await this.d.rounds())
      .filter((r) => r.id !== round.id && r.respondents === round.respondents && r.opensOn < round.opensOn)
      .reverse();
  }

  /**
   * Each unit's student count from the latest earlier round of the same respondents that has one:
   * the default for a new round's link, so nobody types it again (it stays editable).
   */
  private async previousStudentCounts(round: SurveyRound): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const r of await this.earlier(round)) {
      for (const i of await queryAll(this.d.store, 'surveyLinks', { roundId: r.id })) {
        const link = toLink(i);
        if (link.studentCount !== null && !counts.has(link.unitId)) counts.set(link.unitId, link.studentCount);
      }
    }
    return counts;
  }

  /** The same for one unit (a link made on demand): one keyed read per earlier round until a count is found. */
  private async previousStudentCount(round: SurveyRound, unitId: string): Promise<number | null> {
    for (const r of await this.earlier(round)) {
      const [i] = await queryAll(this.d.store, 'surveyLinks', { roundId: r.id, unitId });
      if (i && typeof i.fields.studentCount === 'number') return i.fields.studentCount;
    }
    return null;
  }
}

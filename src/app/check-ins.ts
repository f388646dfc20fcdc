/**
 * Check-ins: on the year wheel's cadence each principal gets a card per commitment in progress;
 * an answer becomes a follow-up in the plan through the same use case as the tab
 * (PlanService.addFollowUp). Answering the same card twice records one follow-up.
 */
import { canEditUnitDocuments } from '../domain/access';
import { forbidden } from '../domain/errors';
import type { Actor } from '../domain/identity';
import { FOLLOW_UP_STATUS_LABELS, FOLLOW_UP_STATUSES, isUnfinished, latestFollowUp, type FollowUpStatus } from '../domain/plan';
import { addDays, swedishDate } from '../domain/swedish-time';
import type { ResolvedEvent } from '../domain/year-wheel';
import type { Directory } from './directory';
import type { AppLinks, CheckInView } from './messages';
import type { Composed } from './message-composer';
import type { NewOutboxItem, OutboxItem } from './outbox';
import { PlanConflictError, type PlanService } from './plans';
import type { Clock } from './ports/clock';
import { queryAll, type ListStore } from './ports/list-store';

/** A check-in still goes out this many days after its date (a server down on the 1st catches up), not later. */
export const CHECK_IN_CATCH_UP_DAYS = 7;

export interface CheckInAnswer {
  checkInKey: string;
  unitId: string;
  schoolYear: string;
  commitmentId: string;
  status: FollowUpStatus;
  note: string;
}

export interface CheckInResult {
  alreadyAnswered: boolean;
  commitmentTitle: string;
  unitName: string;
  statusLabel: string;
  note: string;
  date: string;
  planLink: string;
}

export class CheckInService {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly plans: PlanService,
    private readonly links: AppLinks,
    private readonly clock: Clock,
  ) {}

  /** Check-in items due now: per occurrence, unit, commitment in progress and principal. */
  async due(events: ResolvedEvent[], schoolYear: string, now: Date): Promise<NewOutboxItem[]> {
    const today = swedishDate(now);
    const occurrences = events.filter((e) => e.kind === 'checkIn' && new Date(e.start) <= now && today <= addDays(e.startDate, CHECK_IN_CATCH_UP_DAYS));
    if (occurrences.length === 0) return [];
    const principals = new Map<string, string[]>();
    for (const m of await queryAll(this.store, 'memberships')) {
      if (m.fields.role === 'principal') principals.set(String(m.fields.unitId), [...(principals.get(String(m.fields.unitId)) ?? []), String(m.fields.personId)]);
    }
    const items: NewOutboxItem[] = [];
    for (const unit of await this.directory.allUnits()) {
      const plan = await this.plans.tree(unit.id, schoolYear);
      if (!plan) continue;
      for (const occurrence of occurrences) {
        const since = addDays(occurrence.startDate, -(occurrence.skipIfFollowedUpWithinDays ?? 0));
        for (const area of plan.goalAreas) {
          for (const c of area.commitments) {
            if (!isUnfinished(c)) continue;
            const latest = latestFollowUp(c);
            // Followed up recently (in the tab or a card): no need to ask.
            if (latest && latest.date > since) continue;
            for (const personId of principals.get(unit.id) ?? []) {
              const key = `checkIn:${occurrence.key}:${unit.id}:${c.id}:${personId}`;
              items.push({ key, personId, kind: 'checkIn', payload: { checkInKey: key, unitId: unit.id, schoolYear, commitmentId: c.id }, source: `wheel:${schoolYear}` });
            }
          }
        }
      }
    }
    return items;
  }

  async compose(item: OutboxItem): Promise<Composed> {
    const { checkInKey, unitId, schoolYear, commitmentId } = item.payload as Record<string, string>;
    if (await this.answered(checkInKey)) return { skip: 'Redan besvarad.' };
    const view = await this.view(checkInKey, unitId, schoolYear, commitmentId);
    return view ? { kind: 'checkIn', view } : { skip: 'Åtagandet finns inte längre i planen.' };
  }

  async view(checkInKey: string, unitId: string, schoolYear: string, commitmentId: string): Promise<CheckInView | undefined> {
    const plan = await this.plans.tree(unitId, schoolYear);
    const unit = await this.directory.unit(unitId);
    for (const area of plan?.goalAreas ?? []) {
      const c = area.commitments.find((x) => x.id === commitmentId);
      if (!c) continue;
      const latest = latestFollowUp(c);
      return {
        checkInKey,
        unitId,
        unitName: unit.name,
        schoolYear,
        commitmentId,
        commitmentTitle: c.title,
        goalAreaLabel: area.label,
        latest: latest ? { date: latest.date, statusLabel: FOLLOW_UP_STATUS_LABELS[latest.status], note: latest.note } : undefined,
        statusChoices: FOLLOW_UP_STATUSES.map((value) => ({ value, title: FOLLOW_UP_STATUS_LABELS[value] })),
        planLink: { title: 'Öppna åtagandeplanen', url: this.links.document('plan', unitId, schoolYear) },
      };
    }
    return undefined;
  }

  /** The principal's answer from the card: a follow-up in the plan, once. */
  async submit(actor: Actor, answer: CheckInAnswer): Promise<CheckInResult> {
    if (!canEditUnitDocuments(actor, answer.unitId)) throw forbidden('Bara enhetens rektor kan stämma av åtagandena.');
    const unit = await this.directory.unit(answer.unitId);
    const link = this.links.document('plan', answer.unitId, answer.schoolYear);
    const prior = await this.answered(answer.checkInKey);
    if (prior) {
      const status = prior.fields.status as FollowUpStatus;
      return { alreadyAnswered: true, commitmentTitle: '', unitName: unit.name, statusLabel: FOLLOW_UP_STATUS_LABELS[status] ?? '', note: '', date: String(prior.fields.answeredAt).slice(0, 10), planLink: link };
    }
    let doc = await this.plans.get(actor, answer.unitId, answer.schoolYear);
    if (!doc) throw forbidden('Åtagandeplanen finns inte längre.');
    for (let attempt = 0; ; attempt++) {
      try {
        doc = await this.plans.addFollowUp(actor, answer.unitId, answer.schoolYear, doc.etag, answer.commitmentId, { status: answer.status, note: answer.note });
        break;
      } catch (e) {
        // A follow-up adds to the plan and overwrites nothing: on someone else's concurrent edit, take their version and add again.
        if (e instanceof PlanConflictError && attempt < 3) doc = e.current;
        else throw e;
      }
    }
    await this.store.create(
      'checkInAnswers',
      { checkInKey: answer.checkInKey, unitId: answer.unitId, commitmentId: answer.commitmentId, personId: actor.userId, status: answer.status, answeredAt: this.clock.now().toISOString(), modifiedById: actor.userId },
      { key: `checkInAnswer:${answer.checkInKey}` },
    );
    const commitment = doc.plan.goalAreas.flatMap((g) => g.commitments).find((c) => c.id === answer.commitmentId);
    return { alreadyAnswered: false, commitmentTitle: commitment?.title ?? '', unitName: unit.name, statusLabel: FOLLOW_UP_STATUS_LABELS[answer.status], note: answer.note, date: this.clock.today(), planLink: link };
  }

  private async answered(checkInKey: string) {
    const [item] = await queryAll(this.store, 'checkInAnswers', { checkInKey });
    return item;
  }
}

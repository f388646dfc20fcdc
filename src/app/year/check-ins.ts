/**
 * Check-ins: on the year wheel's cadence each principal gets one card per unit whose plan is marked
 * ready (or final), asking about the commitments still in progress; each answered commitment becomes
 * a follow-up in the plan through the same use case as the tab (PlanService.addFollowUp). A draft
 * gets none: the plan is still being written. Answering the same card twice records nothing more.
 */
import { canEditUnitDocuments } from '../../domain/access';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  isUnfinished,
  latestFollowUp,
  type CommitmentPlan,
  type FollowUpStatus,
} from '../../domain/plan';
import { addDays, swedishDate } from '../../domain/swedish-time';
import type { ResolvedEvent } from '../../domain/year-wheel';
import type { Directory } from '../directory/directory';
import type { AppLinks, CheckInView } from '../outbox/messages';
import type { Composed } from '../outbox/message-composer';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import { PlanConflictError, type PlanService } from '../documents/plans';
import type { Clock } from '../ports/clock';
import { queryAll, type ListStore } from '../ports/list-store';
import { TickReads } from './tick-reads';

/** A check-in still goes out this many days after its date (a server down on the 1st catches up), not later. */
export const CHECK_IN_CATCH_UP_DAYS = 7;

/** Only a plan marked ready has settled commitments to follow up. */
const followedUp = (plan: CommitmentPlan) => plan.status === 'readyForDialogue' || plan.status === 'final';

export interface CheckInAnswer {
  checkInKey: string;
  unitId: string;
  schoolYear: string;
  /** The commitments answered in the card; the others are left for next time. */
  answers: { commitmentId: string; status: FollowUpStatus; note: string }[];
}

export interface CheckInResult {
  alreadyAnswered: boolean;
  unitName: string;
  saved: { commitmentTitle: string; statusLabel: string; note: string }[];
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

  /** Check-in items due now: per occurrence, unit with a ready plan and something in progress, and principal. */
  async due(
    events: ResolvedEvent[],
    schoolYear: string,
    now: Date,
    reads = new TickReads(this.store, this.directory),
  ): Promise<NewOutboxItem[]> {
    const today = swedishDate(now);
    const occurrences = events.filter(
      (e) => e.kind === 'checkIn' && new Date(e.start) <= now && today <= addDays(e.startDate, CHECK_IN_CATCH_UP_DAYS),
    );
    if (occurrences.length === 0) return [];
    const principals = await reads.principalsByUnit();
    // Every unit's plan in a few queries; a plan being written just then is read on its own.
    const { trees, unsettled } = await reads.planTrees(schoolYear);
    const items: NewOutboxItem[] = [];
    for (const unit of await reads.units()) {
      const plan = unsettled.has(unit.id) ? await this.plans.tree(unit.id, schoolYear) : trees.get(unit.id);
      if (!plan || !followedUp(plan)) continue;
      for (const occurrence of occurrences) {
        const since = addDays(occurrence.startDate, -(occurrence.skipIfFollowedUpWithinDays ?? 0));
        // Followed up recently (in the tab or a card): no need to ask about that one.
        const commitmentIds = plan.goalAreas
          .flatMap((a) => a.commitments)
          .filter((c) => isUnfinished(c) && !((latestFollowUp(c)?.date ?? '') > since))
          .map((c) => c.id);
        if (commitmentIds.length === 0) continue;
        for (const personId of principals.get(unit.id) ?? []) {
          const key = `checkIn:${occurrence.key}:${unit.id}:${personId}`;
          items.push({
            key,
            personId,
            kind: 'checkIn',
            payload: { checkInKey: key, unitId: unit.id, schoolYear, commitmentIds },
            source: `wheel:${schoolYear}`,
          });
        }
      }
    }
    return items;
  }

  async compose(item: OutboxItem): Promise<Composed> {
    const { checkInKey, unitId, schoolYear, commitmentIds } = item.payload as {
      checkInKey: string;
      unitId: string;
      schoolYear: string;
      commitmentIds?: string[];
    };
    if (await this.answered(checkInKey)) return { skip: 'Redan besvarad.' };
    const view = await this.view(checkInKey, unitId, schoolYear, commitmentIds);
    return view ? { kind: 'checkIn', view } : { skip: 'Planen har inga åtaganden kvar att stämma av.' };
  }

  /** The card's content: the plan's commitments still in progress (those asked about, when given). */
  async view(checkInKey: string, unitId: string, schoolYear: string, commitmentIds?: string[]): Promise<CheckInView | undefined> {
    const plan = await this.plans.tree(unitId, schoolYear);
    if (!plan || !followedUp(plan)) return undefined;
    const unit = await this.directory.unit(unitId);
    const asked = commitmentIds && new Set(commitmentIds);
    const commitments = plan.goalAreas.flatMap((area) =>
      area.commitments
        .filter((c) => (asked ? asked.has(c.id) : isUnfinished(c)))
        .map((c) => {
          const latest = latestFollowUp(c);
          return {
            commitmentId: c.id,
            title: c.title,
            goalAreaLabel: area.label,
            latest: latest ? { date: latest.date, statusLabel: FOLLOW_UP_STATUS_LABELS[latest.status], note: latest.note } : undefined,
          };
        }),
    );
    if (commitments.length === 0) return undefined;
    return {
      checkInKey,
      unitId,
      unitName: unit.name,
      schoolYear,
      commitments,
      statusChoices: FOLLOW_UP_STATUSES.map((value) => ({ value, title: FOLLOW_UP_STATUS_LABELS[value] })),
      planLink: { title: 'Öppna åtagandeplanen', url: this.links.document('plan', unitId, schoolYear) },
    };
  }

  /** The principal's answer from the card: a follow-up per answered commitment, once. */
  async submit(actor: Actor, answer: CheckInAnswer): Promise<CheckInResult> {
    if (!canEditUnitDocuments(actor, answer.unitId)) throw forbidden('Bara enhetens rektor kan stämma av åtagandena.');
    const unit = await this.directory.unit(answer.unitId);
    const link = this.links.document('plan', answer.unitId, answer.schoolYear);
    const prior = await this.answered(answer.checkInKey);
    if (prior)
      return { alreadyAnswered: true, unitName: unit.name, saved: [], date: String(prior.fields.answeredAt).slice(0, 10), planLink: link };
    if (answer.answers.length === 0)
      throw new DomainError('VALIDATION_FAILED', 'Stäm av minst ett åtagande: välj hur det går och skriv en kort kommentar.');
    let doc = await this.plans.get(actor, answer.unitId, answer.schoolYear);
    if (!doc) throw forbidden('Åtagandeplanen finns inte längre.');
    const saved: CheckInResult['saved'] = [];
    for (const a of answer.answers) {
      for (let attempt = 0; ; attempt++) {
        try {
          doc = await this.plans.addFollowUp(actor, answer.unitId, answer.schoolYear, doc.etag, a.commitmentId, {
            status: a.status,
            note: a.note,
          });
          break;
        } catch (e) {
          // A follow-up adds to the plan and overwrites nothing: on someone else's concurrent edit, take their version and add again.
          if (e instanceof PlanConflictError && attempt < 3) doc = e.current;
          else throw e;
        }
      }
      const title = doc.plan.goalAreas.flatMap((g) => g.commitments).find((c) => c.id === a.commitmentId)?.title ?? '';
      saved.push({ commitmentTitle: title, statusLabel: FOLLOW_UP_STATUS_LABELS[a.status], note: a.note });
    }
    const answeredAt = this.clock.now().toISOString();
    for (const a of answer.answers) {
      await this.store.create(
        'checkInAnswers',
        {
          checkInKey: answer.checkInKey,
          unitId: answer.unitId,
          commitmentId: a.commitmentId,
          personId: actor.userId,
          status: a.status,
          answeredAt,
          modifiedById: actor.userId,
        },
        { key: `checkInAnswer:${answer.checkInKey}:${a.commitmentId}` },
      );
    }
    return { alreadyAnswered: false, unitName: unit.name, saved, date: this.clock.today(), planLink: link };
  }

  private async answered(checkInKey: string) {
    const [item] = await queryAll(this.store, 'checkInAnswers', { checkInKey });
    return item;
  }
}

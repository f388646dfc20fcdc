/**
 * Notes written together in a dialogue meeting: one per group and unit, kept as a dialogue note of
 * the unit (the dialogueNotes list, so it shows with the unit's documents as every dialogue note
 * does — see dialogue-notes.ts), tagged with success factors. Two writers: the second write with a
 * stale ETag gets 409 with the note as it is now, so the tab merges and nothing is lost.
 * An agreed action becomes, with one call, a follow-up or a commitment draft in the unit's plan;
 * the note keeps the link, so a retry answers the same link and creates nothing.
 */
import { z } from 'zod';
import { SUCCESS_FACTOR_CODES, type SuccessFactor } from '../../domain/success-factors';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { FollowUpStatus } from '../../domain/plan';
import type {
  MeetingAction,
  MeetingActionInput,
  MeetingActionResult,
  MeetingFollowUpPrefix,
  MeetingNote,
  MeetingNoteInput,
} from '../../contract/meetings';
import { DocumentConflictError } from '../documents/document-conflict';
import type { Directory } from '../directory/directory';
import { assertCanWriteNote, type MeetingContext } from './meeting-context';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { PlanService } from '../documents/plans';

const actionsSchema = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    link: z
      .object({
        kind: z.enum(['followUp', 'commitment']),
        commitmentId: z.string(),
        followUpId: z.string(),
        schoolYear: z.string(),
        title: z.string(),
      })
      .nullable(),
  }),
);
const parseJson = <T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T => {
  try {
    return typeof raw === 'string' && raw ? schema.parse(JSON.parse(raw)) : fallback;
  } catch {
    return fallback;
  }
};
const FOLLOW_UP_PREFIX: MeetingFollowUpPrefix = 'Överenskommet i dialogen: ';
const STALE = 'Någon annan har skrivit i anteckningen sedan du öppnade den. Din text och den nya visas, så att du kan foga ihop dem.';

export class MeetingNotes {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly plans: PlanService,
  ) {}

  /** Every unit's note of the group, blank for a unit nobody has written for yet. */
  async list(ctx: MeetingContext): Promise<MeetingNote[]> {
    const items = await this.items(ctx);
    const out: MeetingNote[] = [];
    for (const unitId of ctx.group.unitIds) out.push(await this.toNote(ctx, unitId, items.get(unitId)));
    return out;
  }

  async get(ctx: MeetingContext, unitId: string): Promise<MeetingNote> {
    if (!ctx.group.unitIds.includes(unitId)) throw notFound('Enheten i dialoggruppen');
    return this.toNote(ctx, unitId, (await this.items(ctx)).get(unitId));
  }

  /** Writes one unit's note: the first write without If-Match, every later one with the note's ETag. */
  async write(ctx: MeetingContext, unitId: string, ifMatch: string | undefined, input: MeetingNoteInput): Promise<MeetingNote> {
    assertCanWriteNote(ctx, unitId);
    const existing = (await this.items(ctx)).get(unitId);
    const actions = this.mergeActions(existing, input.actions ?? []);
    const fields = {
      body: input.body,
      successFactors: JSON.stringify(
        [...new Set(input.successFactors ?? [])].filter((f): f is SuccessFactor => SUCCESS_FACTOR_CODES.includes(f as SuccessFactor)),
      ),
      actions: JSON.stringify(actions),
      modifiedById: ctx.actor.userId,
      modifiedByName: ctx.actor.displayName,
    };
    if (!existing) {
      const created = await this.store.create(
        'dialogueNotes',
        {
          ...fields,
          unitId,
          schoolYear: ctx.round.schoolYear,
          roundId: ctx.round.id,
          groupId: ctx.group.id,
          kind: ctx.round.kind,
          authorId: ctx.actor.userId,
          authorName: ctx.actor.displayName,
          createdAt: this.clock.now().toISOString(),
        },
        { key: `meetingNote:${ctx.group.id}:${unitId}` },
      );
      // Two first writes at once: the key gives the second the first one's note, which is not theirs.
      if (created.fields.body !== fields.body || created.fields.modifiedById !== ctx.actor.userId) throw await this.conflict(ctx, unitId);
      return this.toNote(ctx, unitId, created);
    }
    if (!ifMatch || ifMatch !== existing.etag) throw await this.conflict(ctx, unitId, existing);
    try {
      return this.toNote(ctx, unitId, await this.store.update('dialogueNotes', existing.id, fields, { ifMatch }));
    } catch (e) {
      if (e instanceof ConflictError) throw await this.conflict(ctx, unitId);
      throw e;
    }
  }

  /** Turns an agreed action into a follow-up on a commitment, or a new commitment draft, in the unit's plan of the year. */
  async convert(ctx: MeetingContext, unitId: string, actionId: string, target: MeetingActionInput): Promise<MeetingActionResult> {
    if (!ctx.group.unitIds.includes(unitId)) throw notFound('Enheten i dialoggruppen');
    if (!ctx.rights.canConvertActions.includes(unitId))
      throw forbidden('Bara enhetens rektor för in överenskomna åtgärder i åtagandeplanen.');
    const item = (await this.items(ctx)).get(unitId);
    const action = item && this.actionsOf(item).find((a) => a.id === actionId);
    if (!item || !action) throw notFound('Åtgärden');
    if (action.link) return { note: await this.toNote(ctx, unitId, item), action, created: false };
    const link = await this.intoPlan(ctx, unitId, action.text, target);
    for (let attempt = 0; ; attempt++) {
      const current = (await this.items(ctx)).get(unitId)!;
      const actions = this.actionsOf(current);
      const i = actions.findIndex((a) => a.id === actionId);
      if (i < 0) actions.push({ ...action, link });
      else actions[i] = { ...actions[i], link };
      try {
        const saved = await this.store.update(
          'dialogueNotes',
          current.id,
          { actions: JSON.stringify(actions), modifiedById: ctx.actor.userId },
          { ifMatch: current.etag },
        );
        return { note: await this.toNote(ctx, unitId, saved), action: { ...action, link }, created: true };
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 3) throw e;
      }
    }
  }

  private async intoPlan(
    ctx: MeetingContext,
    unitId: string,
    text: string,
    target: MeetingActionInput,
  ): Promise<NonNullable<MeetingAction['link']>> {
    const year = ctx.round.schoolYear;
    for (let attempt = 0; ; attempt++) {
      const before = await this.plans.get(ctx.actor, unitId, year);
      if (!before)
        throw new DomainError('PLAN_NOT_STARTED', 'Enhetens åtagandeplan för läsåret är inte påbörjad, så åtgärden kan inte föras in än.');
      const commitmentsBefore = before.plan.goalAreas.flatMap((a) => a.commitments);
      try {
        if (target.target === 'followUp') {
          const status: FollowUpStatus = target.status ?? 'onTrack';
          const after = await this.plans.addFollowUp(ctx.actor, unitId, year, before.etag, target.commitmentId, {
            status,
            note: `${FOLLOW_UP_PREFIX}${text}`.slice(0, 4000),
          });
          const known = new Set(commitmentsBefore.find((c) => c.id === target.commitmentId)?.followUps.map((f) => f.id));
          const commitment = after.plan.goalAreas.flatMap((a) => a.commitments).find((c) => c.id === target.commitmentId)!;
          const followUp = commitment.followUps.find((f) => !known.has(f.id));
          return {
            kind: 'followUp',
            commitmentId: commitment.id,
            followUpId: followUp?.id ?? '',
            schoolYear: year,
            title: commitment.title,
          };
        }
        const title = (target.title ?? text).trim().slice(0, 255);
        const after = await this.plans.addCommitment(ctx.actor, unitId, year, before.etag, target.goalAreaId, {
          title,
          description: text.slice(0, 4000),
        });
        const known = new Set(commitmentsBefore.map((c) => c.id));
        const created = after.plan.goalAreas.flatMap((a) => a.commitments).find((c) => !known.has(c.id));
        return { kind: 'commitment', commitmentId: created?.id ?? '', followUpId: '', schoolYear: year, title };
      } catch (e) {
        // Someone saved the plan between our read and our write: read again and try once more.
        if (!(e instanceof DocumentConflictError) || attempt >= 2) throw e;
      }
    }
  }

  /** The sent actions in their order, each keeping the link it has; linked actions are never dropped. */
  private mergeActions(existing: ListItem | undefined, sent: { id: string; text: string }[]): MeetingAction[] {
    const before = existing ? this.actionsOf(existing) : [];
    const byId = new Map(before.map((a) => [a.id, a]));
    const seen = new Set<string>();
    const merged: MeetingAction[] = [];
    for (const a of sent) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const prior = byId.get(a.id);
      merged.push({ id: a.id, text: prior?.link ? prior.text : a.text, link: prior?.link ?? null });
    }
    for (const a of before) if (a.link && !seen.has(a.id)) merged.push(a);
    return merged;
  }

  private actionsOf(item: ListItem): MeetingAction[] {
    return parseJson(actionsSchema, item.fields.actions, []);
  }

  private async conflict(ctx: MeetingContext, unitId: string, known?: ListItem) {
    const item = known ?? (await this.items(ctx)).get(unitId);
    return new DocumentConflictError(STALE, await this.toNote(ctx, unitId, item));
  }

  private async items(ctx: MeetingContext): Promise<Map<string, ListItem>> {
    const items = await queryAll(this.store, 'dialogueNotes', { groupId: ctx.group.id });
    return new Map(items.map((i) => [String(i.fields.unitId), i]));
  }

  private async toNote(ctx: MeetingContext, unitId: string, item: ListItem | undefined): Promise<MeetingNote> {
    const unit = await this.directory.unit(unitId).catch(() => undefined);
    const canEdit = ctx.rights.canWriteNotes.includes(unitId);
    const base = {
      roundId: ctx.round.id,
      groupId: ctx.group.id,
      unitId,
      unitName: unit?.name ?? unitId,
      schoolYear: ctx.round.schoolYear,
      kind: ctx.round.kind,
      canEdit,
    };
    if (!item) return { ...base, id: '', etag: '', body: '', successFactors: [], actions: [], modifiedByName: '', modified: '' };
    return {
      ...base,
      id: item.id,
      etag: item.etag,
      body: String(item.fields.body ?? ''),
      successFactors: parseJson(z.array(z.enum(SUCCESS_FACTOR_CODES)), item.fields.successFactors, []),
      actions: this.actionsOf(item),
      modifiedByName: String(item.fields.modifiedByName ?? item.fields.authorName ?? ''),
      modified: item.modified,
    };
  }
}

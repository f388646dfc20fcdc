/** Dialogue rounds: the organiser forms groups (proposed by school form), sets times and changes them until invitations go out. */
import { checkMeetingLink } from '../../domain/links';
import { assertRound, unitForms, type DialogueKind } from '../../domain/dialogue';
import { proposeDialogueGroups, type GroupProposal } from '../../domain/dialogue-groups';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import { dateInSchoolYear, dialogueWindowOf } from '../../domain/year-wheel';
import { ConflictError, queryAll } from '../ports/list-store';
import type { Person, SchoolUnit } from '../store/records';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import type { DialogueGroupWrites } from './dialogue-group-writes';
import type { DialogueRound, GroupInput, RoundInput, RoundPatch } from './dialogue-records';

export class DialogueRounds {
  constructor(
    private readonly d: DialogueDeps,
    private readonly core: DialogueCore,
    private readonly writes: DialogueGroupWrites,
  ) {}

  async propose(actor: Actor, kind: DialogueKind, schoolYear: string): Promise<GroupProposal & { windowStart: string; windowEnd: string }> {
    this.core.assertOrganiser(actor);
    const year = parseSchoolYear(schoolYear);
    const units = await this.d.directory.allUnits();
    const people = new Map((await this.d.directory.people()).map((p) => [p.id, p]));
    const memberships = await queryAll(this.d.store, 'memberships');
    // A closed unit holds no dialogues.
    const grouping = units
      .filter((u) => u.status !== 'closed')
      .map((u) => {
        const of = (role: string) =>
          memberships
            .filter((m) => m.fields.unitId === u.id && m.fields.role === role)
            .map((m) => people.get(String(m.fields.personId)))
            .filter((p): p is Person => p !== undefined)
            .map((p) => ({ personId: p.id, displayName: p.displayName }));
        return {
          unitId: u.id,
          unitName: u.name,
          schoolForm: u.schoolForm,
          schoolForms: u.schoolForms,
          principals: of('principal'),
          staff: of('staff'),
        };
      });
    const window = await this.defaultWindow(kind, year);
    return { ...proposeDialogueGroups(await this.core.typeOf(kind), grouping), ...window };
  }

  async list(actor: Actor, schoolYear: string): Promise<DialogueRound[]> {
    this.core.assertOrganiser(actor);
    const items = await queryAll(this.d.store, 'dialogueRounds', { schoolYear: parseSchoolYear(schoolYear) });
    return Promise.all(items.map((i) => this.core.assemble(i)));
  }

  async get(actor: Actor, roundId: string): Promise<DialogueRound> {
    this.core.assertOrganiser(actor);
    return this.core.round(roundId);
  }

  async create(actor: Actor, input: RoundInput): Promise<DialogueRound> {
    this.core.assertOrganiser(actor);
    const year = parseSchoolYear(input.schoolYear);
    const window = await this.defaultWindow(input.kind, year);
    const groups: GroupInput[] =
      input.groups ??
      (await this.propose(actor, input.kind, year)).groups.map((g) => ({ name: g.name, unitIds: g.unitIds, staffIds: g.staffIds }));
    const windowStart = input.windowStart ?? window.windowStart;
    const windowEnd = input.windowEnd ?? window.windowEnd;
    const units = await this.check(input.kind, windowStart, windowEnd, groups);
    checkMeetingLink(input.meetingUrl);
    const reps = input.organiserRepIds ?? [actor.userId];
    await this.assertPeople(reps, 'Huvudmannens representant');
    const background = this.writes.inBackground(groups.length, 0);
    const set = background ? this.writes.newSet() : '';
    const round = await this.d.store.create('dialogueRounds', {
      schoolYear: year,
      kind: input.kind,
      title: input.title?.trim() || `${(await this.core.typeOf(input.kind)).label} ${year}`,
      windowStart,
      windowEnd,
      place: input.place ?? '',
      meetingUrl: input.meetingUrl ?? '',
      organiserRepIds: JSON.stringify(reps),
      invitedAt: null,
      groupCount: groups.length,
      groupSet: set,
      modifiedById: actor.userId,
    });
    const fields = this.writes.fields(round.id, set, groups, actor, units);
    try {
      if (background) await this.writes.queue(round.id, set, fields, actor.userId, false);
      else await this.writes.write(fields);
    } catch (e) {
      // Not a round that waits for groups nobody will write: the request fails as a whole.
      await this.d.store.delete('dialogueRounds', round.id).catch(() => undefined);
      throw e;
    }
    return this.core.round(round.id);
  }

  /**
   * Changes a round; its groups can be remade only until the invitations have gone out (also while
   * a large round's are still being written: the new set replaces them).
   */
  async update(actor: Actor, roundId: string, ifMatch: string, patch: RoundPatch): Promise<DialogueRound> {
    this.core.assertOrganiser(actor);
    const { round: current, set: currentSet } = await this.core.roundAndSet(roundId);
    if (current.etag !== ifMatch) throw this.core.conflict();
    if (patch.groups && current.invitedAt) {
      throw new DomainError(
        'DIALOGUE_GROUPS_INVALID',
        'Inbjudningarna är redan skickade, så grupperna kan inte göras om. Skapa en ny omgång om grupperna behöver ändras.',
      );
    }
    const windowStart = patch.windowStart ?? current.windowStart;
    const windowEnd = patch.windowEnd ?? current.windowEnd;
    const groups: GroupInput[] = patch.groups ?? current.groups;
    const units = await this.check(current.kind, windowStart, windowEnd, groups);
    checkMeetingLink(patch.meetingUrl);
    if (patch.organiserRepIds) await this.assertPeople(patch.organiserRepIds, 'Huvudmannens representant');
    const background = patch.groups !== undefined && this.writes.inBackground(patch.groups.length, current.groupCount);
    const set = background ? this.writes.newSet() : currentSet;
    try {
      await this.d.store.update(
        'dialogueRounds',
        roundId,
        {
          title: patch.title?.trim() || current.title,
          windowStart,
          windowEnd,
          place: patch.place ?? current.place,
          meetingUrl: patch.meetingUrl ?? current.meetingUrl,
          organiserRepIds: JSON.stringify(patch.organiserRepIds ?? current.organiserRepIds),
          ...(patch.groups ? { groupCount: patch.groups.length, groupSet: set } : {}),
          modifiedById: actor.userId,
        },
        { ifMatch },
      );
    } catch (e) {
      if (e instanceof ConflictError) throw this.core.conflict();
      throw e;
    }
    if (patch.groups) {
      const fields = this.writes.fields(roundId, set, patch.groups, actor, units);
      // In the background the new set's groups are written and the old set's removed; the round shows the new set at once.
      if (background) {
        try {
          await this.writes.queue(roundId, set, fields, actor.userId, true);
        } catch (e) {
          // The round names its earlier set again, whose groups are all still there.
          await this.d.store
            .update('dialogueRounds', roundId, { groupSet: currentSet, groupCount: current.groupCount, modifiedById: actor.userId })
            .catch(() => undefined);
          throw e;
        }
      } else {
        for (const g of current.groups) await this.d.store.delete('dialogueGroups', g.id);
        await this.writes.write(fields);
      }
    }
    return this.core.round(roundId);
  }

  async remove(actor: Actor, roundId: string, ifMatch: string): Promise<void> {
    this.core.assertOrganiser(actor);
    const current = await this.core.round(roundId);
    if (current.invitedAt)
      throw new DomainError('DIALOGUE_GROUPS_INVALID', 'Inbjudningarna är redan skickade, så omgången kan inte tas bort.');
    try {
      await this.d.store.delete('dialogueRounds', roundId, { ifMatch });
    } catch (e) {
      if (e instanceof ConflictError) throw this.core.conflict();
      throw e;
    }
    // A round whose groups are still being written has work items: its cleanup removes what they wrote.
    if (this.writes.inBackground(0, current.groupCount)) await this.writes.queueRemoval(roundId, actor.userId);
    else for (const g of current.groups) await this.d.store.delete('dialogueGroups', g.id);
  }

  /** Checks a round's window, groups, staff and links; gives the units it read. */
  private async check(kind: DialogueKind, windowStart: string, windowEnd: string, groups: GroupInput[]): Promise<Map<string, SchoolUnit>> {
    const units = new Map((await this.d.directory.allUnits()).map((u) => [u.id, u]));
    assertRound(
      {
        type: await this.core.typeOf(kind),
        windowStart,
        windowEnd,
        groups: groups.map((g) => ({ ...g, staffIds: g.staffIds ?? [], start: g.start || undefined, end: g.end || undefined })),
      },
      (id) => unitForms(units.get(id)),
    );
    await this.assertPeople(
      groups.flatMap((g) => g.staffIds ?? []),
      'Medarbetaren',
    );
    for (const g of groups) checkMeetingLink(g.meetingUrl, `Möteslänken för ${g.name}`);
    return units;
  }

  private async assertPeople(ids: string[], what: string) {
    // A round's staff (hundreds) checked against one read of the people list, not one read each:
    // bench/year's process round read 900 people one by one in the organiser's request.
    const known = ids.length > 3 ? new Set((await this.d.directory.people()).map((p) => p.id)) : undefined;
    for (const id of ids)
      if (!(known ? known.has(id) : await this.d.directory.person(id)))
        throw new DomainError('VALIDATION_FAILED', `${what} med id ${id} finns inte i personregistret.`);
  }

  private async defaultWindow(kind: DialogueKind, year: string) {
    const w = dialogueWindowOf(await this.d.wheel.wheel(), kind);
    if (!w) return { windowStart: dateInSchoolYear(year, { month: 8, day: 1 }), windowEnd: dateInSchoolYear(year, { month: 6, day: 30 }) };
    return { windowStart: dateInSchoolYear(year, w.start), windowEnd: dateInSchoolYear(year, w.end) };
  }
}

/**
 * Who takes part in a dialogue group's meeting, and what each may do there (least privilege):
 * the organiser level (all of it), the principals of the group's units (their own units' notes and
 * plans), and in a process dialogue the staff the principal invited (that unit, that dialogue only).
 */
import { z } from 'zod';
import { canEditUnitDocuments, isOrganiser } from '../../domain/access';
import { dialogueType, type DialogueType } from '../../domain/dialogue';
import { forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { dialogueTypesOf } from '../../domain/year-wheel';
import { jsonIds, str, toGroup, type DialogueGroup } from '../dialogues/dialogue-records';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { YearWheelService } from '../year/year-wheel-service';

export type MeetingRole = 'organiser' | 'principal' | 'staff';

export interface MeetingRound {
  id: string;
  schoolYear: string;
  kind: string;
  title: string;
  place: string;
  meetingUrl: string;
  organiserRepIds: string[];
  invitedAt: string;
}

export interface MeetingRights {
  role: MeetingRole;
  canWriteNotes: string[];
  canConvertActions: string[];
  canEditQuestions: boolean;
  canMarkAttendance: boolean;
  canPickStaff: string[];
  canShareToStage: boolean;
}

export interface MeetingContext {
  round: MeetingRound;
  group: DialogueGroup;
  groupItem: ListItem;
  type: DialogueType;
  actor: Actor;
  rights: MeetingRights;
}

const roundFields = z.object({
  schoolYear: z.string(),
  kind: z.string(),
  title: str,
  place: str,
  meetingUrl: str,
  organiserRepIds: jsonIds,
  invitedAt: str,
});

/** The rights of an actor in a group's meeting; undefined when they take no part in it. */
export function meetingRights(
  actor: Actor,
  type: DialogueType,
  group: Pick<DialogueGroup, 'unitIds' | 'staffIds'>,
): MeetingRights | undefined {
  const none = { canConvertActions: [], canEditQuestions: false, canMarkAttendance: false, canPickStaff: [], canShareToStage: false };
  const process = type.grouping === 'unit';
  if (isOrganiser(actor)) {
    return {
      ...none,
      role: 'organiser',
      canWriteNotes: [...group.unitIds],
      canEditQuestions: true,
      canMarkAttendance: true,
      canPickStaff: process ? [...group.unitIds] : [],
      canShareToStage: true,
    };
  }
  const led = group.unitIds.filter((u) => canEditUnitDocuments(actor, u));
  if (led.length) return { ...none, role: 'principal', canWriteNotes: led, canConvertActions: led, canPickStaff: process ? led : [] };
  // Invited staff: only in a process dialogue, only if invited, only for their own unit.
  const own = group.unitIds.filter((u) => actor.memberships.some((m) => m.unitId === u && m.role === 'staff'));
  if (process && group.staffIds.includes(actor.userId) && own.length) return { ...none, role: 'staff', canWriteNotes: own };
  return undefined;
}

export class MeetingContexts {
  constructor(
    private readonly store: ListStore,
    private readonly wheel: YearWheelService,
  ) {}

  async round(roundId: string): Promise<MeetingRound> {
    const item = await this.store.get('dialogueRounds', roundId);
    if (!item) throw notFound('Dialogomgången');
    return { id: item.id, ...roundFields.parse(item.fields) };
  }

  /** The round and group as the actor may see them; a non-participant is refused. */
  async load(actor: Actor, roundId: string, groupId: string): Promise<MeetingContext> {
    const round = await this.round(roundId);
    const groupItem = await this.store.get('dialogueGroups', groupId);
    if (!groupItem || groupItem.fields.roundId !== roundId) throw notFound('Dialoggruppen');
    const group = toGroup(groupItem);
    const type = dialogueType(dialogueTypesOf(await this.wheel.wheel()), round.kind);
    const rights = meetingRights(actor, type, group);
    if (!rights) throw forbidden('Du är inte med i den här dialogen.');
    return { round, group, groupItem, type, actor, rights };
  }

  /** The round's groups the actor takes part in (for "my dialogue meetings"). */
  async groupsOf(actor: Actor, roundId: string): Promise<MeetingContext[]> {
    const item = await this.store.get('dialogueRounds', roundId);
    if (!item) throw notFound('Dialogomgången');
    const round = { id: item.id, ...roundFields.parse(item.fields) };
    const type = dialogueType(dialogueTypesOf(await this.wheel.wheel()), round.kind);
    const out: MeetingContext[] = [];
    // Every page (a process round has a group per unit), and only the round's current set (dialogue-group-writes.ts).
    const set = String(item.fields.groupSet ?? '');
    const items = (await queryAll(this.store, 'dialogueGroups', { roundId })).filter((g) => String(g.fields.groupSet ?? '') === set);
    for (const groupItem of items) {
      const group = toGroup(groupItem);
      const rights = meetingRights(actor, type, group);
      if (rights) out.push({ round, group, groupItem, type, actor, rights });
    }
    return out;
  }
}

export function assertCanWriteNote(ctx: MeetingContext, unitId: string) {
  if (!ctx.group.unitIds.includes(unitId)) throw notFound('Enheten i dialoggruppen');
  if (!ctx.rights.canWriteNotes.includes(unitId)) throw forbidden('Du kan läsa men inte skriva anteckningar för den här enheten.');
}

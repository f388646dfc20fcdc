/**
 * What every dialogue job reads the same way: a round with its groups, its type from the year
 * wheel, an invitation, who is invited, and the organiser-only rule.
 */
import type { Settings } from '../config/settings';
import { z } from 'zod';
import { canSeeAllUnits } from '../../domain/access';
import { dialogueType, type DialogueKind, type DialogueType, type InviteeRole } from '../../domain/dialogue';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { DocumentStatus } from '../../domain/plan';
import { dialogueTypesOf } from '../../domain/year-wheel';
import type { Directory } from '../directory/directory';
import type { AppLinks } from '../outbox/messages';
import type { OutboxService } from '../outbox/outbox';
import type { Reach } from '../outbox/reach';
import type { CalendarFile, CalendarPort } from '../ports/calendar';
import type { Clock } from '../ports/clock';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import type { YearWheelService } from '../year/year-wheel-service';
import {
  isOrganiser,
  jsonIds,
  str,
  toGroup,
  toInvitation,
  type DialogueGroup,
  type DialogueRound,
  type Invitation,
} from './dialogue-records';

export interface DialogueDeps {
  store: ListStore;
  directory: Directory;
  wheel: YearWheelService;
  outbox: OutboxService;
  reach: Reach;
  calendar: CalendarPort;
  calendarFile: CalendarFile;
  secrets: Secrets;
  links: AppLinks;
  clock: Clock;
  /** The process's words (the documents' names in reminders). */
  settings: Settings;
}

export interface Invitee {
  personId: string;
  role: InviteeRole;
  unitIds: string[];
}

/** Made once (not per round read: building a zod object costs more than parsing with it). */
const roundFields = z.object({
  schoolYear: z.string(),
  kind: z.string(),
  title: str,
  windowStart: str,
  windowEnd: str,
  place: str,
  meetingUrl: str,
  organiserRepIds: jsonIds,
  invitedAt: str,
  groupCount: z.number().nullable().optional(),
  groupSet: str.optional(),
});

export class DialogueCore {
  constructor(private readonly d: DialogueDeps) {}

  /** A kind's definition from the year wheel's dialogue types: configuration, not code. */
  async typeOf(kind: DialogueKind): Promise<DialogueType> {
    return dialogueType(dialogueTypesOf(await this.d.wheel.wheel()), kind);
  }

  async round(roundId: string): Promise<DialogueRound> {
    return (await this.roundAndSet(roundId)).round;
  }

  /** The round and the set its groups belong to (dialogue-group-writes.ts). */
  async roundAndSet(roundId: string): Promise<{ round: DialogueRound; set: string }> {
    const item = await this.d.store.get('dialogueRounds', roundId);
    if (!item) throw notFound('Dialogomgången');
    return this.assembleWithSet(item);
  }

  async assemble(item: ListItem): Promise<DialogueRound> {
    return (await this.assembleWithSet(item)).round;
  }

  /** The round's groups are those of its current set; a round from before sets has '' throughout. */
  private async assembleWithSet(item: ListItem): Promise<{ round: DialogueRound; set: string }> {
    const { groupCount, groupSet, ...f } = roundFields.parse(item.fields);
    const set = groupSet ?? '';
    const groups = (await queryAll(this.d.store, 'dialogueGroups', { roundId: item.id }))
      .filter((g) => String(g.fields.groupSet ?? '') === set)
      .map(toGroup)
      .sort((a, b) => a.position - b.position);
    const label = dialogueTypesOf(await this.d.wheel.wheel()).find((t) => t.key === f.kind)?.label ?? f.kind;
    const round = { id: item.id, etag: item.etag, ...f, kindLabel: label, groups, groupCount: Math.max(groupCount ?? 0, groups.length) };
    return { round, set };
  }

  /** Refuses while a large round's groups are still being written (they come in the background). */
  assertGroupsWritten(round: DialogueRound) {
    if (round.groups.length < round.groupCount)
      throw new DomainError(
        'DIALOGUE_GROUPS_PENDING',
        `Grupperna skapas fortfarande (${round.groups.length} av ${round.groupCount}). Vänta en stund och försök igen.`,
        { written: round.groups.length, groupCount: round.groupCount },
      );
  }

  async invitation(invitationId: string): Promise<Invitation> {
    const item = await this.d.store.get('dialogueInvitations', invitationId);
    if (!item) throw notFound('Inbjudan');
    return toInvitation(item);
  }

  /** The status of a unit's plan or report for a year; undefined when not started. */
  async documentStatus(document: 'plan' | 'report', unitId: string, schoolYear: string): Promise<DocumentStatus | undefined> {
    const [item] = await queryAll(this.d.store, document === 'plan' ? 'plans' : 'reports', { unitId, schoolYear });
    return item ? (item.fields.status as DocumentStatus) : undefined;
  }

  principalsByUnit(): Promise<Map<string, string[]>> {
    return this.d.directory.principalsByUnit();
  }

  /** Principals of the group's units (once each, with their units), staff, then the organiser's representatives. */
  inviteesOf(round: DialogueRound, type: DialogueType, group: DialogueGroup, principals: Map<string, string[]>): Invitee[] {
    const invitees = new Map<string, Invitee>();
    for (const unitId of group.unitIds) {
      for (const personId of principals.get(unitId) ?? []) {
        const seat = invitees.get(personId) ?? { personId, role: 'principal' as const, unitIds: [] };
        seat.unitIds.push(unitId);
        invitees.set(personId, seat);
      }
    }
    if (type.grouping === 'unit') {
      for (const personId of group.staffIds)
        if (!invitees.has(personId)) invitees.set(personId, { personId, role: 'staff', unitIds: group.unitIds });
    }
    for (const personId of round.organiserRepIds)
      if (!invitees.has(personId)) invitees.set(personId, { personId, role: 'organiser', unitIds: [] });
    return [...invitees.values()];
  }

  assertOrganiser(actor: Actor) {
    if (!isOrganiser(actor) || !canSeeAllUnits(actor)) throw forbidden('Bara huvudmannanivån planerar dialoger.');
  }

  conflict() {
    return new DomainError('CONFLICT', 'Någon annan har ändrat dialogomgången sedan du öppnade den. Ladda om och gör din ändring igen.');
  }
}

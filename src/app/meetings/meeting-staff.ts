/**
 * The process dialogue's staff: the unit's principal (or the organiser level) picks which of the
 * unit's staff are invited. Once invitations are out, newly picked staff get theirs through the
 * outbox (the same keys as the first send: idempotent); staff taken off lose access to the meeting.
 */
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { MeetingStaff as StaffView } from '../../contract/meetings';
import type { Directory } from '../directory/directory';
import { source } from '../dialogues/dialogue-records';
import type { MeetingContext } from './meeting-context';
import type { OutboxService } from '../outbox/outbox';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';

export class MeetingStaff {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly outbox: OutboxService,
    private readonly secrets: Secrets,
  ) {}

  async get(ctx: MeetingContext): Promise<StaffView> {
    const unitId = this.unitOf(ctx);
    const candidates = [];
    for (const m of await queryAll(this.store, 'memberships', { unitId })) {
      if (m.fields.role !== 'staff') continue;
      const person = await this.directory.person(String(m.fields.personId));
      if (person) candidates.push({ personId: person.id, displayName: person.displayName });
    }
    candidates.sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
    const names = new Map(candidates.map((c) => [c.personId, c.displayName]));
    return {
      unitId,
      invited: ctx.group.staffIds.map((id) => ({ personId: id, displayName: names.get(id) ?? id })),
      candidates,
      canEdit: ctx.rights.canPickStaff.includes(unitId),
    };
  }

  async pick(ctx: MeetingContext, staffIds: string[]): Promise<StaffView> {
    const unitId = this.unitOf(ctx);
    if (!ctx.rights.canPickStaff.includes(unitId))
      throw forbidden('Bara enhetens rektor eller huvudmannanivån väljer vilka medarbetare som bjuds in.');
    const allowed = new Set((await this.get(ctx)).candidates.map((c) => c.personId));
    const chosen = [...new Set(staffIds)];
    const outside = chosen.filter((id) => !allowed.has(id));
    if (outside.length)
      throw new DomainError('VALIDATION_FAILED', 'Bara enhetens egna medarbetare kan bjudas in till processdialogen.', { outside });
    await this.store.update('dialogueGroups', ctx.group.id, { staffIds: JSON.stringify(chosen), modifiedById: ctx.actor.userId });
    if (ctx.round.invitedAt)
      await this.inviteNew(
        ctx,
        chosen.filter((id) => !ctx.group.staffIds.includes(id)),
        unitId,
      );
    return this.get({ ...ctx, group: { ...ctx.group, staffIds: chosen } });
  }

  private async inviteNew(ctx: MeetingContext, personIds: string[], unitId: string) {
    const items = [];
    for (const personId of personIds) {
      const invitation = await this.store.create(
        'dialogueInvitations',
        {
          roundId: ctx.round.id,
          groupId: ctx.group.id,
          personId,
          role: 'staff',
          unitIds: JSON.stringify([unitId]),
          answer: 'pending',
          answerNote: '',
          answeredAt: null,
          calendarToken: this.secrets.newCode(),
          modifiedById: ctx.actor.userId,
        },
        { key: `invitation:${ctx.group.id}:${personId}` },
      );
      items.push({
        key: `dialogueInvitation:${invitation.id}`,
        personId,
        kind: 'dialogueInvitation' as const,
        payload: { invitationId: invitation.id },
        source: source(ctx.round.id),
      });
    }
    if (items.length) await this.outbox.enqueue(items);
  }

  private unitOf(ctx: MeetingContext): string {
    if (ctx.type.grouping !== 'unit') throw new DomainError('VALIDATION_FAILED', 'Medarbetare bjuds in bara till processdialogen.');
    const unitId = ctx.group.unitIds[0];
    if (!unitId) throw notFound('Enheten');
    return unitId;
  }
}

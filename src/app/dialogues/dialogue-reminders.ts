/**
 * Reminders before each dialogue, to invitees who still have something to do (answer; the plan
 * ready; the report started), composed at send time.
 */
import { outstandingWork } from '../../domain/dialogue';
import { definiteName } from '../../domain/document-names';
import { formatSwedishMeeting } from '../../domain/swedish-time';
import { dialogueWindowOf, dueReminderOffset, type YearWheel } from '../../domain/year-wheel';
import type { ReminderView } from '../outbox/messages';
import type { Composed } from '../outbox/message-composer';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import { queryAll } from '../ports/list-store';
import { TickReads, type UnitStatusReads } from '../year/tick-reads';
import type { DialogueType } from '../../domain/dialogue';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import { source, toInvitation, type DialogueRound, type Invitation } from './dialogue-records';

export class DialogueReminders {
  constructor(
    private readonly d: DialogueDeps,
    private readonly core: DialogueCore,
  ) {}

  /**
   * Reminder items due now, before each dialogue: to invitees who still have something to do
   * (answer; the plan ready; the report started). Keyed per invitation and offset: idempotent.
   */
  async dueReminders(
    wheel: YearWheel,
    schoolYear: string,
    now: Date,
    reads: UnitStatusReads = new TickReads(this.d.store, this.d.directory),
  ): Promise<NewOutboxItem[]> {
    const items: NewOutboxItem[] = [];
    const rounds = await queryAll(this.d.store, 'dialogueRounds', { schoolYear });
    for (const r of rounds) {
      const round = await this.core.assemble(r);
      if (!round.invitedAt) continue;
      const offsets = dialogueWindowOf(wheel, round.kind)?.remindDaysBefore ?? [];
      const due = round.groups.filter((g) => g.start && dueReminderOffset(new Date(g.start), offsets, now) !== undefined);
      if (due.length === 0) continue;
      // Read once a round, not once an invitation: its type, its invitations (the units' statuses: `reads`).
      const type = await this.core.typeOf(round.kind);
      const invitations = (await queryAll(this.d.store, 'dialogueInvitations', { roundId: round.id })).map(toInvitation);
      for (const group of due) {
        const days = dueReminderOffset(new Date(group.start!), offsets, now)!;
        for (const inv of invitations.filter((i) => i.groupId === group.id)) {
          if (!(await this.workOf(round, inv, type, reads))) continue;
          items.push({
            key: `dialogueReminder:${inv.id}:${days}`,
            personId: inv.personId,
            kind: 'dialogueReminder',
            payload: { invitationId: inv.id, days },
            source: source(round.id),
          });
        }
      }
    }
    return items;
  }

  /** Composes a reminder at send time; skipped when there is nothing left to do. */
  async composeReminder(item: OutboxItem): Promise<Composed> {
    const invitation = await this.core.invitation(String(item.payload.invitationId));
    const round = await this.core.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    if (!group?.start || new Date(group.start) <= this.d.clock.now()) return { skip: 'Dialogen har redan börjat.' };
    const type = await this.core.typeOf(round.kind);
    const work = await this.workOf(round, invitation, type, this.direct);
    if (!work) return { skip: 'Inget kvar att göra före dialogen.' };
    const units = new Map((await this.d.directory.allUnits()).map((u) => [u.id, u]));
    const brings = type.brings;
    const lines: string[] = [];
    if (work.answer) lines.push('Du har inte svarat på inbjudan än.');
    const config = work.documents.length ? await this.d.settings.processConfig() : undefined;
    for (const name of work.documents) {
      const doc = config && definiteName(brings?.document === 'plan' ? config.planLabel : config.reportDefinition.label).The;
      lines.push(brings?.document === 'plan' ? `${doc} för ${name} är inte klar för dialog.` : `${doc} för ${name} är inte påbörjad.`);
    }
    const view: ReminderView = {
      title: `Påminnelse: ${type.label.toLowerCase()} ${formatSwedishMeeting(new Date(group.start))}`,
      when: formatSwedishMeeting(new Date(group.start), group.end ? new Date(group.end) : undefined),
      lines,
      links: brings
        ? invitation.unitIds
            .filter((id) => work.documents.includes(units.get(id)?.name ?? id))
            .map((id) => ({
              title: `${brings.linkTitle}: ${units.get(id)?.name ?? id}`,
              url: this.d.links.document(brings.document, id, round.schoolYear),
            }))
        : [],
    };
    return { kind: 'reminder', view };
  }

  /** At send time the unit and its document are read afresh, one by one. */
  private readonly direct: UnitStatusReads = {
    unit: (unitId) => this.d.directory.unit(unitId).catch(() => undefined),
    documentStatus: (document, unitId, schoolYear) => this.core.documentStatus(document, unitId, schoolYear),
  };

  private async workOf(round: DialogueRound, inv: Invitation, type: DialogueType, reads: UnitStatusReads) {
    const brings = type.brings;
    const units = [];
    for (const unitId of inv.unitIds) {
      const unit = await reads.unit(unitId);
      units.push({
        name: unit?.name ?? unitId,
        status: brings ? await reads.documentStatus(brings.document, unitId, round.schoolYear) : undefined,
      });
    }
    return outstandingWork(type, inv, units);
  }
}

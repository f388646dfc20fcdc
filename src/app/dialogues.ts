/**
 * Dialogue rounds: the organiser forms groups (proposed by school form), sets times, and sends
 * invitations through the outbox; invitees answer from the card or the tab (one use case);
 * reminders go to those who still have something to do.
 */
import { checkMeetingLink, isTeamsJoinLink, safeLink } from '../domain/links';
import { z } from 'zod';
import { canSeeAllUnits } from '../domain/access';
import {
  ANSWER_LABELS,
  ANSWER_STATUS_LABELS,
  ANSWERS,
  assertCanAnswer,
  assertReadyToInvite,
  assertRound,
  dialogueType,
  outstandingWork,
  type Answer,
  type DialogueKind,
  type DialogueType,
  type InviteeRole,
} from '../domain/dialogue';
import { proposeDialogueGroups, type GroupProposal } from '../domain/dialogue-groups';
import { DOCUMENT_STATUS_LABELS } from '../domain/document-lifecycle';
import { DomainError, forbidden, notFound } from '../domain/errors';
import type { Actor } from '../domain/identity';
import type { DocumentStatus } from '../domain/plan';
import { parseSchoolYear } from '../domain/school-year';
import { formatSwedishMeeting } from '../domain/swedish-time';
import { dateInSchoolYear, dialogueTypesOf, dialogueWindowOf, dueReminderOffset, type YearWheel } from '../domain/year-wheel';
import type { Directory } from './directory';
import type { AppLinks, DialogueInvitationView, ReminderView } from './messages';
import type { Composed } from './message-composer';
import type { NewOutboxItem, OutboxItem, OutboxService } from './outbox';
import type { CalendarFile, CalendarMeeting, CalendarPort } from './ports/calendar';
import type { Clock } from './ports/clock';
import { ConflictError, queryAll, type ListItem, type ListStore } from './ports/list-store';
import type { Secrets } from './ports/secrets';
import type { Reach } from './reach';
import type { Person } from './records';
import type { YearWheelService } from './year-wheel-service';

import {
  isOrganiser,
  jsonIds,
  source,
  str,
  toGroup,
  toInvitation,
  type AnswersOverview,
  type DialogueGroup,
  type DialogueRound,
  type GroupInput,
  type Invitation,
  type InvitationSummary,
  type RoundInput,
  type RoundPatch,
} from './dialogue-records';

export type { AnswersOverview, DialogueGroup, DialogueRound, GroupInput, Invitation, InvitationSummary, RoundInput, RoundPatch };

export class DialogueService {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly wheel: YearWheelService,
    private readonly outbox: OutboxService,
    private readonly reach: Reach,
    private readonly calendar: CalendarPort,
    private readonly calendarFile: CalendarFile,
    private readonly secrets: Secrets,
    private readonly links: AppLinks,
    private readonly clock: Clock,
  ) {}

  /** A kind's definition from the year wheel's dialogue types: configuration, not code. */
  private async typeOf(kind: DialogueKind): Promise<DialogueType> {
    return dialogueType(dialogueTypesOf(await this.wheel.wheel()), kind);
  }

  // ------------------------------------------------------------------ rounds

  async propose(actor: Actor, kind: DialogueKind, schoolYear: string): Promise<GroupProposal & { windowStart: string; windowEnd: string }> {
    this.assertOrganiser(actor);
    const year = parseSchoolYear(schoolYear);
    const units = await this.directory.allUnits();
    const people = new Map((await this.directory.people()).map((p) => [p.id, p]));
    const memberships = await queryAll(this.store, 'memberships');
    const grouping = units.map((u) => {
      const of = (role: string) =>
        memberships
          .filter((m) => m.fields.unitId === u.id && m.fields.role === role)
          .map((m) => people.get(String(m.fields.personId)))
          .filter((p): p is Person => p !== undefined)
          .map((p) => ({ personId: p.id, displayName: p.displayName }));
      return { unitId: u.id, unitName: u.name, schoolForm: u.schoolForm, principals: of('principal'), staff: of('staff') };
    });
    const window = await this.defaultWindow(kind, year);
    return { ...proposeDialogueGroups(await this.typeOf(kind), grouping), ...window };
  }

  async list(actor: Actor, schoolYear: string): Promise<DialogueRound[]> {
    this.assertOrganiser(actor);
    const items = await queryAll(this.store, 'dialogueRounds', { schoolYear: parseSchoolYear(schoolYear) });
    return Promise.all(items.map((i) => this.assemble(i)));
  }

  async get(actor: Actor, roundId: string): Promise<DialogueRound> {
    this.assertOrganiser(actor);
    return this.round(roundId);
  }

  async create(actor: Actor, input: RoundInput): Promise<DialogueRound> {
    this.assertOrganiser(actor);
    const year = parseSchoolYear(input.schoolYear);
    const window = await this.defaultWindow(input.kind, year);
    const groups: GroupInput[] = input.groups ?? (await this.propose(actor, input.kind, year)).groups.map((g) => ({ name: g.name, unitIds: g.unitIds, staffIds: g.staffIds }));
    const windowStart = input.windowStart ?? window.windowStart;
    const windowEnd = input.windowEnd ?? window.windowEnd;
    await this.check(input.kind, windowStart, windowEnd, groups);
    checkMeetingLink(input.meetingUrl);
    const reps = input.organiserRepIds ?? [actor.userId];
    await this.assertPeople(reps, 'Huvudmannens representant');
    const round = await this.store.create('dialogueRounds', {
      schoolYear: year,
      kind: input.kind,
      title: input.title?.trim() || `${(await this.typeOf(input.kind)).label} ${year}`,
      windowStart,
      windowEnd,
      place: input.place ?? '',
      meetingUrl: input.meetingUrl ?? '',
      organiserRepIds: JSON.stringify(reps),
      invitedAt: null,
      modifiedById: actor.userId,
    });
    await this.writeGroups(round.id, groups, actor);
    return this.round(round.id);
  }

  /** Changes a round; its groups can be remade only until the invitations have gone out. */
  async update(actor: Actor, roundId: string, ifMatch: string | undefined, patch: RoundPatch): Promise<DialogueRound> {
    this.assertOrganiser(actor);
    const current = await this.round(roundId);
    if (!ifMatch) throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om omgången och försök igen.');
    if (current.etag !== ifMatch) throw this.conflict();
    if (patch.groups && current.invitedAt) {
      throw new DomainError('DIALOGUE_GROUPS_INVALID', 'Inbjudningarna är redan skickade, så grupperna kan inte göras om. Skapa en ny omgång om grupperna behöver ändras.');
    }
    const windowStart = patch.windowStart ?? current.windowStart;
    const windowEnd = patch.windowEnd ?? current.windowEnd;
    const groups: GroupInput[] = patch.groups ?? current.groups;
    await this.check(current.kind, windowStart, windowEnd, groups);
    checkMeetingLink(patch.meetingUrl);
    if (patch.organiserRepIds) await this.assertPeople(patch.organiserRepIds, 'Huvudmannens representant');
    try {
      await this.store.update(
        'dialogueRounds',
        roundId,
        {
          title: patch.title?.trim() || current.title,
          windowStart,
          windowEnd,
          place: patch.place ?? current.place,
          meetingUrl: patch.meetingUrl ?? current.meetingUrl,
          organiserRepIds: JSON.stringify(patch.organiserRepIds ?? current.organiserRepIds),
          modifiedById: actor.userId,
        },
        { ifMatch },
      );
    } catch (e) {
      if (e instanceof ConflictError) throw this.conflict();
      throw e;
    }
    if (patch.groups) {
      for (const g of current.groups) await this.store.delete('dialogueGroups', g.id);
      await this.writeGroups(roundId, patch.groups, actor);
    }
    return this.round(roundId);
  }

  async remove(actor: Actor, roundId: string, ifMatch: string | undefined): Promise<void> {
    this.assertOrganiser(actor);
    const current = await this.round(roundId);
    if (current.invitedAt) throw new DomainError('DIALOGUE_GROUPS_INVALID', 'Inbjudningarna är redan skickade, så omgången kan inte tas bort.');
    if (!ifMatch) throw new DomainError('PRECONDITION_REQUIRED', 'Borttagningen saknar versionsuppgift (If-Match).');
    try {
      await this.store.delete('dialogueRounds', roundId, { ifMatch });
    } catch (e) {
      if (e instanceof ConflictError) throw this.conflict();
      throw e;
    }
    for (const g of current.groups) await this.store.delete('dialogueGroups', g.id);
  }

  // ------------------------------------------------------------------ invitations

  /**
   * Sends the round's invitations: one invitation per person and group, one outbox item each
   * (idempotent: sending again queues nothing new). With Outlook as the calendar, each group's
   * meeting is created once, with its Teams link.
   */
  async sendInvitations(actor: Actor, roundId: string): Promise<InvitationSummary> {
    this.assertOrganiser(actor);
    const round = await this.round(roundId);
    assertReadyToInvite(round.groups);
    const type = await this.typeOf(round.kind);
    const principals = await this.principalsByUnit();
    const items: NewOutboxItem[] = [];
    let invitations = 0;
    for (const group of round.groups) {
      if (this.calendar.kind === 'outlook' && !group.calendarEventId) {
        const published = await this.calendar.publish(await this.meeting(round, group, actor.userId));
        if (published.kind === 'outlook') {
          await this.store.update('dialogueGroups', group.id, { calendarEventId: published.eventId, meetingUrl: group.meetingUrl || published.joinUrl, modifiedById: actor.userId });
        }
      }
      for (const invitee of this.inviteesOf(round, type, group, principals)) {
        const item = await this.store.create(
          'dialogueInvitations',
          {
            roundId,
            groupId: group.id,
            personId: invitee.personId,
            role: invitee.role,
            unitIds: JSON.stringify(invitee.unitIds),
            answer: 'pending',
            answerNote: '',
            answeredAt: null,
            calendarToken: this.secrets.newCode(),
            modifiedById: actor.userId,
          },
          { key: `invitation:${group.id}:${invitee.personId}` },
        );
        invitations += 1;
        items.push({ key: `dialogueInvitation:${item.id}`, personId: invitee.personId, kind: 'dialogueInvitation', payload: { invitationId: item.id }, source: source(roundId) });
      }
    }
    const queued = await this.outbox.enqueue(items);
    if (!round.invitedAt) await this.store.update('dialogueRounds', roundId, { invitedAt: this.clock.now().toISOString(), modifiedById: actor.userId });
    const missing = await this.reach.unreachable(items.map((i) => i.personId));
    const withoutConversation = await Promise.all(missing.map(async (id) => ({ personId: id, displayName: (await this.directory.person(id))?.displayName ?? id })));
    return { invitations, queued: queued.created, alreadyQueued: queued.existing, withoutConversation };
  }

  async invitation(invitationId: string): Promise<Invitation> {
    const item = await this.store.get('dialogueInvitations', invitationId);
    if (!item) throw notFound('Inbjudan');
    return toInvitation(item);
  }

  /** The invitation as its card and the tab show it. */
  async invitationView(invitationId: string): Promise<DialogueInvitationView> {
    const invitation = await this.invitation(invitationId);
    const round = await this.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    if (!group) throw notFound('Dialoggruppen');
    const units = new Map((await this.directory.allUnits()).map((u) => [u.id, u]));
    const principals = await this.principalsByUnit();
    const type = await this.typeOf(round.kind);
    const participants = [];
    for (const p of this.inviteesOf(round, type, group, principals)) {
      const person = await this.directory.person(p.personId);
      const detail = p.role === 'organiser' ? 'Huvudmannen' : p.unitIds.map((id) => units.get(id)?.name ?? id).join(', ') + (p.role === 'staff' ? ' (medarbetare)' : '');
      participants.push({ name: person?.displayName ?? p.personId, detail });
    }
    const brings = type.brings;
    const start = new Date(group.start);
    return {
      invitationId,
      dialogueKind: round.kind,
      kindLabel: type.label,
      roundTitle: round.title,
      groupName: group.name,
      when: group.start ? formatSwedishMeeting(start, group.end ? new Date(group.end) : undefined) : 'Tid meddelas senare',
      start: group.start,
      end: group.end,
      place: group.place || round.place,
      meetingUrl: group.meetingUrl || round.meetingUrl,
      participants,
      bring:
        brings && invitation.role !== 'organiser'
          ? {
              text: brings.text,
              links: invitation.unitIds.map((id) => ({
                title: invitation.unitIds.length > 1 ? `${brings.linkTitle}: ${units.get(id)?.name ?? id}` : brings.linkTitle,
                url: this.links.document(brings.document, id, round.schoolYear),
              })),
            }
          : undefined,
      calendarUrl: this.links.calendar(invitation.calendarToken),
      answer: invitation.answer,
      answerLabel: ANSWER_LABELS[invitation.answer],
      answerNote: invitation.answerNote,
      canAnswer: !group.start || start > this.clock.now(),
    };
  }

  /** The invitee answers: accept, decline, or ask for another time (with a note). Card and tab alike. */
  async answer(actor: Actor, invitationId: string, answer: Exclude<Answer, 'pending'>, note = ''): Promise<DialogueInvitationView> {
    const invitation = await this.invitation(invitationId);
    if (invitation.personId !== actor.userId) throw forbidden('Inbjudan gäller någon annan.');
    const round = await this.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    assertCanAnswer(group?.start, this.clock.now());
    const trimmed = note.trim().slice(0, 1000);
    if (answer === 'otherTime' && !trimmed) throw new DomainError('VALIDATION_FAILED', 'Skriv vilken tid som skulle passa bättre.');
    await this.store.update('dialogueInvitations', invitationId, { answer, answerNote: trimmed, answeredAt: this.clock.now().toISOString(), modifiedById: actor.userId });
    return this.invitationView(invitationId);
  }

  async myInvitations(actor: Actor): Promise<DialogueInvitationView[]> {
    const items = await queryAll(this.store, 'dialogueInvitations', { personId: actor.userId });
    const views = await Promise.all(items.map((i) => this.invitationView(i.id).catch(() => undefined)));
    return views.filter((v): v is DialogueInvitationView => v !== undefined).sort((a, b) => a.start.localeCompare(b.start));
  }

  /** The organiser's view: every invitee's answer, their documents' status, and whether the card reached them. */
  async answers(actor: Actor, roundId: string): Promise<AnswersOverview> {
    this.assertOrganiser(actor);
    const round = await this.round(roundId);
    const invitations = (await queryAll(this.store, 'dialogueInvitations', { roundId })).map(toInvitation);
    const units = new Map((await this.directory.allUnits()).map((u) => [u.id, u]));
    const deliveries = new Map<string, OutboxItem>();
    for (const item of await this.outbox.statesBySource(source(roundId))) {
      if (item.kind === 'dialogueInvitation') deliveries.set(String(item.payload.invitationId), item);
    }
    const counts = Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<Answer, number>;
    const type = await this.typeOf(round.kind);
    const brings = type.brings;
    const groups = [];
    for (const group of round.groups) {
      const invitees = [];
      for (const inv of invitations.filter((i) => i.groupId === group.id)) {
        counts[inv.answer] += 1;
        const person = await this.directory.person(inv.personId);
        const unitRows = [];
        for (const unitId of inv.unitIds) {
          const status = brings ? await this.documentStatus(brings.document, unitId, round.schoolYear) : undefined;
          unitRows.push({
            unitId,
            name: units.get(unitId)?.name ?? unitId,
            documentStatus: status ?? null,
            documentStatusLabel: brings ? (status ? DOCUMENT_STATUS_LABELS[status] : 'Inte påbörjad') : '',
          });
        }
        const delivery = deliveries.get(inv.id);
        invitees.push({
          invitationId: inv.id,
          personId: inv.personId,
          displayName: person?.displayName ?? inv.personId,
          role: inv.role,
          units: unitRows,
          answer: inv.answer,
          answerLabel: ANSWER_STATUS_LABELS[inv.answer],
          answerNote: inv.answerNote,
          answeredAt: inv.answeredAt,
          delivery: delivery?.state ?? ('notQueued' as const),
          deliveryProblem: delivery && (delivery.state === 'failed' || delivery.state === 'noReference') ? delivery.lastError : '',
        });
      }
      groups.push({ group, invitees });
    }
    return { round, groups, counts };
  }

  // ------------------------------------------------------------------ calendar

  /** The .ics of an invitation, for the invitee or the organiser. */
  async calendarFor(actor: Actor, invitationId: string): Promise<{ filename: string; ics: string }> {
    const invitation = await this.invitation(invitationId);
    if (invitation.personId !== actor.userId && !isOrganiser(actor)) throw forbidden('Inbjudan gäller någon annan.');
    return this.calendarOf(invitation);
  }

  /** The .ics behind the card's link: the unguessable token is the permission. */
  async calendarByToken(token: string): Promise<{ filename: string; ics: string }> {
    const [item] = token.length >= 16 ? await queryAll(this.store, 'dialogueInvitations', { calendarToken: token }) : [];
    if (!item) throw notFound('Kalenderinbjudan');
    return this.calendarOf(toInvitation(item));
  }

  private async calendarOf(invitation: Invitation) {
    const round = await this.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    if (!group?.start) throw new DomainError('DIALOGUE_INCOMPLETE', 'Dialogen har ingen tid än.');
    const organiserId = round.organiserRepIds[0] ?? '';
    const ics = this.calendarFile.render(await this.meeting(round, group, organiserId));
    const type = await this.typeOf(round.kind);
    return { filename: `${type.label.toLowerCase()}-${group.start.slice(0, 10)}.ics`, ics };
  }

  /** The calendar entry of a group's meeting (also for updating it after a change: meeting-setup.ts). */
  async meeting(round: DialogueRound, group: DialogueGroup, organiserId: string): Promise<CalendarMeeting> {
    const principals = await this.principalsByUnit();
    const type = await this.typeOf(round.kind);
    const organiser = await this.directory.person(organiserId);
    const attendees = [];
    for (const p of this.inviteesOf(round, type, group, principals)) {
      const person = await this.directory.person(p.personId);
      if (person && person.id !== organiserId) attendees.push({ name: person.displayName, email: person.email });
    }
    const brings = type.brings;
    // Stored links pass the one link check again on the way out, whatever wrote them.
    const meetingUrl = safeLink(group.meetingUrl || round.meetingUrl);
    const teams = isTeamsJoinLink(meetingUrl);
    return {
      uid: `dialogue-${round.id}-${group.id}`,
      title: `${type.label}: ${group.name}`,
      description: [round.title, brings?.text, meetingUrl ? `${teams ? 'Teams-möte' : 'Möte'}: ${meetingUrl}` : ''].filter(Boolean).join('\n'),
      start: group.start,
      end: group.end,
      location: group.place || round.place || (teams ? 'Microsoft Teams' : ''),
      meetingUrl,
      organiser: { id: organiserId, name: organiser?.displayName ?? 'Huvudmannen', email: organiser?.email ?? '' },
      attendees,
      sequence: group.sequence,
    };
  }

  // ------------------------------------------------------------------ reminders

  /**
   * Reminder items due now, before each dialogue: to invitees who still have something to do
   * (answer; the plan ready; the report started). Keyed per invitation and offset: idempotent.
   */
  async dueReminders(wheel: YearWheel, schoolYear: string, now: Date): Promise<NewOutboxItem[]> {
    const items: NewOutboxItem[] = [];
    const rounds = await queryAll(this.store, 'dialogueRounds', { schoolYear });
    for (const r of rounds) {
      const round = await this.assemble(r);
      if (!round.invitedAt) continue;
      const offsets = dialogueWindowOf(wheel, round.kind)?.remindDaysBefore ?? [];
      const invitations = (await queryAll(this.store, 'dialogueInvitations', { roundId: round.id })).map(toInvitation);
      for (const group of round.groups) {
        if (!group.start) continue;
        const days = dueReminderOffset(new Date(group.start), offsets, now);
        if (days === undefined) continue;
        for (const inv of invitations.filter((i) => i.groupId === group.id)) {
          if (!(await this.workOf(round, inv))) continue;
          items.push({ key: `dialogueReminder:${inv.id}:${days}`, personId: inv.personId, kind: 'dialogueReminder', payload: { invitationId: inv.id, days }, source: source(round.id) });
        }
      }
    }
    return items;
  }

  /** Composes a reminder at send time; skipped when there is nothing left to do. */
  async composeReminder(item: OutboxItem): Promise<Composed> {
    const invitation = await this.invitation(String(item.payload.invitationId));
    const round = await this.round(invitation.roundId);
    const group = round.groups.find((g) => g.id === invitation.groupId);
    if (!group?.start || new Date(group.start) <= this.clock.now()) return { skip: 'Dialogen har redan börjat.' };
    const work = await this.workOf(round, invitation);
    if (!work) return { skip: 'Inget kvar att göra före dialogen.' };
    const units = new Map((await this.directory.allUnits()).map((u) => [u.id, u]));
    const type = await this.typeOf(round.kind);
    const brings = type.brings;
    const lines: string[] = [];
    if (work.answer) lines.push('Du har inte svarat på inbjudan än.');
    for (const name of work.documents) {
      lines.push(brings?.document === 'plan' ? `Åtagandeplanen för ${name} är inte klar för dialog.` : `Läsårsrapporten för ${name} är inte påbörjad.`);
    }
    const view: ReminderView = {
      title: `Påminnelse: ${type.label.toLowerCase()} ${formatSwedishMeeting(new Date(group.start))}`,
      when: formatSwedishMeeting(new Date(group.start), group.end ? new Date(group.end) : undefined),
      lines,
      links: brings
        ? invitation.unitIds
            .filter((id) => work.documents.includes(units.get(id)?.name ?? id))
            .map((id) => ({ title: `${brings.linkTitle}: ${units.get(id)?.name ?? id}`, url: this.links.document(brings.document, id, round.schoolYear) }))
        : [],
    };
    return { kind: 'reminder', view };
  }

  async composeInvitation(item: OutboxItem): Promise<Composed> {
    return { kind: 'dialogueInvitation', view: await this.invitationView(String(item.payload.invitationId)) };
  }

  private async workOf(round: DialogueRound, inv: Invitation) {
    const type = await this.typeOf(round.kind);
    const brings = type.brings;
    const units = [];
    for (const unitId of inv.unitIds) {
      const unit = await this.directory.unit(unitId).catch(() => undefined);
      units.push({ name: unit?.name ?? unitId, status: brings ? await this.documentStatus(brings.document, unitId, round.schoolYear) : undefined });
    }
    return outstandingWork(type, inv, units);
  }

  /** The status of a unit's plan or report for a year; undefined when not started. */
  async documentStatus(document: 'plan' | 'report', unitId: string, schoolYear: string): Promise<DocumentStatus | undefined> {
    const [item] = await queryAll(this.store, document === 'plan' ? 'plans' : 'reports', { unitId, schoolYear });
    return item ? (item.fields.status as DocumentStatus) : undefined;
  }

  // ------------------------------------------------------------------ internals

  private async round(roundId: string): Promise<DialogueRound> {
    const item = await this.store.get('dialogueRounds', roundId);
    if (!item) throw notFound('Dialogomgången');
    return this.assemble(item);
  }

  private async assemble(item: ListItem): Promise<DialogueRound> {
    const f = z
      .object({ schoolYear: z.string(), kind: z.string(), title: str, windowStart: str, windowEnd: str, place: str, meetingUrl: str, organiserRepIds: jsonIds, invitedAt: str })
      .parse(item.fields);
    const groups = (await queryAll(this.store, 'dialogueGroups', { roundId: item.id })).map(toGroup).sort((a, b) => a.position - b.position);
    const label = dialogueTypesOf(await this.wheel.wheel()).find((t) => t.key === f.kind)?.label ?? f.kind;
    return { id: item.id, etag: item.etag, ...f, kindLabel: label, groups };
  }

  private async writeGroups(roundId: string, groups: GroupInput[], actor: Actor) {
    for (const [position, g] of groups.entries()) {
      const units = await Promise.all(g.unitIds.map((id) => this.directory.unit(id)));
      await this.store.create('dialogueGroups', {
        roundId,
        name: g.name.trim(),
        schoolForm: units[0]?.schoolForm ?? '',
        unitIds: JSON.stringify(g.unitIds),
        staffIds: JSON.stringify(g.staffIds ?? []),
        start: g.start ? new Date(g.start).toISOString() : null,
        end: g.end ? new Date(g.end).toISOString() : null,
        place: g.place ?? '',
        meetingUrl: g.meetingUrl ?? '',
        position,
        sequence: 0,
        calendarEventId: '',
        modifiedById: actor.userId,
      });
    }
  }

  private async check(kind: DialogueKind, windowStart: string, windowEnd: string, groups: GroupInput[]) {
    const units = new Map((await this.directory.allUnits()).map((u) => [u.id, u]));
    assertRound({ type: await this.typeOf(kind), windowStart, windowEnd, groups: groups.map((g) => ({ ...g, staffIds: g.staffIds ?? [], start: g.start || undefined, end: g.end || undefined })) }, (id) => units.get(id)?.schoolForm);
    await this.assertPeople(groups.flatMap((g) => g.staffIds ?? []), 'Medarbetaren');
    for (const g of groups) checkMeetingLink(g.meetingUrl, `Möteslänken för ${g.name}`);
  }

  private async assertPeople(ids: string[], what: string) {
    for (const id of ids) if (!(await this.directory.person(id))) throw new DomainError('VALIDATION_FAILED', `${what} med id ${id} finns inte i personregistret.`);
  }

  private async defaultWindow(kind: DialogueKind, year: string) {
    const w = dialogueWindowOf(await this.wheel.wheel(), kind);
    if (!w) return { windowStart: dateInSchoolYear(year, { month: 8, day: 1 }), windowEnd: dateInSchoolYear(year, { month: 6, day: 30 }) };
    return { windowStart: dateInSchoolYear(year, w.start), windowEnd: dateInSchoolYear(year, w.end) };
  }

  private async principalsByUnit(): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    for (const m of await queryAll(this.store, 'memberships')) {
      if (m.fields.role !== 'principal') continue;
      const unitId = String(m.fields.unitId);
      map.set(unitId, [...(map.get(unitId) ?? []), String(m.fields.personId)]);
    }
    return map;
  }

  /** Principals of the group's units (once each, with their units), staff, then the organiser's representatives. */
  private inviteesOf(round: DialogueRound, type: DialogueType, group: DialogueGroup, principals: Map<string, string[]>) {
    const invitees = new Map<string, { personId: string; role: InviteeRole; unitIds: string[] }>();
    for (const unitId of group.unitIds) {
      for (const personId of principals.get(unitId) ?? []) {
        const seat = invitees.get(personId) ?? { personId, role: 'principal' as const, unitIds: [] };
        seat.unitIds.push(unitId);
        invitees.set(personId, seat);
      }
    }
    if (type.grouping === 'unit') {
      for (const personId of group.staffIds) if (!invitees.has(personId)) invitees.set(personId, { personId, role: 'staff', unitIds: group.unitIds });
    }
    for (const personId of round.organiserRepIds) if (!invitees.has(personId)) invitees.set(personId, { personId, role: 'organiser', unitIds: [] });
    return [...invitees.values()];
  }

  private assertOrganiser(actor: Actor) {
    if (!isOrganiser(actor) || !canSeeAllUnits(actor)) throw forbidden('Bara huvudmannanivån planerar dialoger.');
  }

  private conflict() {
    return new DomainError('CONFLICT', 'Någon annan har ändrat dialogomgången sedan du öppnade den. Ladda om och gör din ändring igen.');
  }
}


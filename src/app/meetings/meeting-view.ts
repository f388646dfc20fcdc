/**
 * What the meeting tab shows for a dialogue group: its units, what to bring, each unit's document
 * read-only with what changed since the unit's last dialogue (VersionHistory.changesSince), the TLD
 * trend and key figures as the organiser overview has them (anonymity rules unchanged), and the
 * organiser's prepared questions. Participants see every unit of their group: the dialogue is
 * where the group's documents are read together.
 */
import { planEntries } from '../../domain/document-entries';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import type { Actor } from '../../domain/identity';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { SUCCESS_FACTOR_CATALOGUE } from '../../domain/success-factors';
import { formatSwedishMeeting, swedishDate } from '../../domain/swedish-time';
import type { MeetingUnit, MeetingView, MyDialogueMeeting } from '../../contract/meetings';
import type { Directory } from '../directory/directory';
import { toGroup } from '../dialogues/dialogue-records';
import type { MeetingContext, MeetingContexts } from './meeting-context';
import type { MeetingQuestions } from './meeting-questions';
import type { MeetingSetup } from './meeting-setup';
import type { AppLinks } from '../outbox/messages';
import type { OrganiserOverview } from '../organiser/overview';
import type { PlanService } from '../documents/plans';
import { queryAll, type ListStore } from '../ports/list-store';
import type { ReportService } from '../documents/reports';
import type { VersionHistory } from '../documents/versions';

type OverviewRow = Awaited<ReturnType<OrganiserOverview['get']>>['units'][number];

export class MeetingViews {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly contexts: MeetingContexts,
    private readonly plans: PlanService,
    private readonly reports: ReportService,
    private readonly versions: VersionHistory,
    private readonly overview: OrganiserOverview,
    private readonly setup: MeetingSetup,
    private readonly questions: MeetingQuestions,
    private readonly links: AppLinks,
  ) {}

  async view(ctx: MeetingContext): Promise<MeetingView> {
    const { round, group, type } = ctx;
    // Reads for the meeting, after the participant check: the group's documents, read-only.
    const reader: Actor = { userId: ctx.actor.userId, displayName: ctx.actor.displayName, appRoles: ['organiser'], memberships: [] };
    const rows = new Map((await this.overview.get(reader, round.schoolYear)).units.map((r) => [r.unit.id, r]));
    const units: MeetingUnit[] = [];
    for (const unitId of group.unitIds) units.push(await this.unit(reader, ctx, unitId, rows.get(unitId)));
    const start = group.start ? new Date(group.start) : undefined;
    return {
      roundId: round.id,
      groupId: group.id,
      schoolYear: round.schoolYear,
      kind: round.kind,
      kindLabel: type.label,
      roundTitle: round.title,
      groupName: group.name,
      when: start ? formatSwedishMeeting(start, group.end ? new Date(group.end) : undefined) : 'Tid meddelas senare',
      start: group.start,
      end: group.end,
      place: group.place || round.place,
      meeting: await this.setup.meetingOf(round, group),
      bring: type.brings ? { document: type.brings.document, text: type.brings.text } : null,
      units,
      successFactorCatalogue: SUCCESS_FACTOR_CATALOGUE,
      questions: await this.questions.get(ctx),
      you: { ...ctx.rights },
    };
  }

  /** The dialogue meetings the actor is invited to; with a chat id, only that meeting's. */
  async mine(actor: Actor, chatId?: string): Promise<MyDialogueMeeting[]> {
    const invitations = await queryAll(this.store, 'dialogueInvitations', { personId: actor.userId });
    const seen = new Set<string>();
    const out: MyDialogueMeeting[] = [];
    for (const inv of invitations) {
      const roundId = String(inv.fields.roundId);
      const groupId = String(inv.fields.groupId);
      if (seen.has(groupId)) continue;
      seen.add(groupId);
      const ctx = await this.contexts.load(actor, roundId, groupId).catch(() => undefined);
      if (!ctx) continue;
      if (chatId && String((await this.setup.record(groupId))?.fields.chatId ?? '') !== chatId) continue;
      const meeting = await this.setup.meetingOf(ctx.round, ctx.group);
      out.push({
        roundId,
        groupId,
        kind: ctx.round.kind,
        kindLabel: ctx.type.label,
        groupName: ctx.group.name,
        start: ctx.group.start,
        end: ctx.group.end,
        joinUrl: meeting.joinUrl,
        role: ctx.rights.role,
      });
    }
    return out.sort((a, b) => a.start.localeCompare(b.start));
  }

  private async unit(reader: Actor, ctx: MeetingContext, unitId: string, row: OverviewRow | undefined): Promise<MeetingUnit> {
    const unit = await this.directory.unit(unitId);
    const principals = [];
    for (const personId of await this.directory.principalsOf(unitId)) {
      const person = await this.directory.person(personId);
      if (person) principals.push({ personId: person.id, displayName: person.displayName });
    }
    return {
      unitId,
      name: unit.name,
      schoolForm: unit.schoolForm,
      schoolFormLabel: SCHOOL_FORMS[unit.schoolForm] ?? unit.schoolForm,
      principals,
      document: await this.document(reader, ctx, unitId),
      tld: row?.tld ?? [],
      keyFigures: row?.keyFigures ?? [],
    };
  }

  private async document(reader: Actor, ctx: MeetingContext, unitId: string): Promise<MeetingUnit['document']> {
    const kind = ctx.type.brings?.document;
    if (!kind) return null;
    const year = ctx.round.schoolYear;
    let loaded;
    if (kind === 'plan') {
      const doc = await this.plans.get(reader, unitId, year);
      loaded = doc && { status: doc.plan.status, entries: planEntries(doc.plan), title: `Åtagandeplan ${year}` };
    } else {
      const doc = await this.reports.get(reader, unitId, year);
      loaded = doc && { status: doc.report.status, entries: this.reports.entriesOf(doc), title: `Läsårsrapport ${year}` };
    }
    if (!loaded) return null;
    const ref = { kind, unitId, schoolYear: year };
    const since = await this.versionBeforeLastDialogue(ctx, unitId, ref);
    const changes = await this.versions.changesSince(ref, loaded.entries, since);
    return {
      kind,
      title: loaded.title,
      status: loaded.status,
      statusLabel: DOCUMENT_STATUS_LABELS[loaded.status],
      entries: loaded.entries,
      changes: {
        since: changes.since,
        sinceLabel: changes.since
          ? `Ändrat sedan ${swedishDate(new Date(changes.since.savedAt))}${since ? ' (före förra dialogen)' : ''}`
          : 'Ingen tidigare version att jämföra med',
        changes: changes.changes,
      },
      url: this.links.document(kind, unitId, year),
    };
  }

  /** The last version saved before the unit's previous dialogue meeting; undefined when there was none. */
  private async versionBeforeLastDialogue(
    ctx: MeetingContext,
    unitId: string,
    ref: { kind: 'plan' | 'report'; unitId: string; schoolYear: string },
  ) {
    const here = ctx.group.start;
    if (!here) return undefined;
    const earlier = (await queryAll(this.store, 'dialogueGroups'))
      .map(toGroup)
      .filter((g) => g.id !== ctx.group.id && g.start && g.start < here && g.unitIds.includes(unitId))
      .map((g) => g.start)
      .sort()
      .at(-1);
    if (!earlier) return undefined;
    return (await this.versions.list(ref)).find((v) => v.savedAt <= earlier)?.id;
  }
}

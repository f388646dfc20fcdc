/**
 * The invitation as its card and the tab show it, built from what the whole round shares: the
 * round and its groups, the units, the principals, the kind's type, the participants' names.
 * Composing a round's cards reads that once per round (RoundContexts), not once per card: an
 * invitation of a group of five cost ~46 Graph requests when every card read it all again.
 */
import { ANSWER_LABELS } from '../../domain/dialogue';
import { notFound } from '../../domain/errors';
import { formatSwedishMeeting } from '../../domain/swedish-time';
import type { DialogueInvitationView } from '../outbox/messages';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import type { DialogueGroup, DialogueRound, Invitation } from './dialogue-records';

export interface RoundContext {
  round: DialogueRound;
  units: Map<string, { name: string }>;
  principals: Map<string, string[]>;
  type: Awaited<ReturnType<DialogueCore['typeOf']>>;
  /** A group's participants as the card lists them, read once per group. */
  participants(group: DialogueGroup): Promise<{ name: string; detail: string }[]>;
}

/** The round's context; from a round already read when given one, else read by its id. */
export async function loadRoundContext(d: DialogueDeps, core: DialogueCore, roundOrId: string | DialogueRound): Promise<RoundContext> {
  const round = typeof roundOrId === 'string' ? await core.round(roundOrId) : roundOrId;
  const [units, principals, type] = await Promise.all([d.directory.allUnits(), core.principalsByUnit(), core.typeOf(round.kind)]);
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byGroup = new Map<string, Promise<{ name: string; detail: string }[]>>();
  const participants = (group: DialogueGroup) => {
    let list = byGroup.get(group.id);
    if (!list) {
      const invitees = core.inviteesOf(round, type, group, principals);
      list = Promise.all(
        invitees.map(async (p) => {
          const person = await d.directory.person(p.personId);
          const detail =
            p.role === 'organiser'
              ? 'Huvudmannen'
              : p.unitIds.map((id) => unitsById.get(id)?.name ?? id).join(', ') + (p.role === 'staff' ? ' (medarbetare)' : '');
          return { name: person?.displayName ?? p.personId, detail };
        }),
      );
      list.catch(() => byGroup.delete(group.id));
      byGroup.set(group.id, list);
    }
    return list;
  };
  return { round, units: unitsById, principals, type, participants };
}

export async function buildInvitationView(d: DialogueDeps, ctx: RoundContext, invitation: Invitation): Promise<DialogueInvitationView> {
  const { round, type, units } = ctx;
  const group = round.groups.find((g) => g.id === invitation.groupId);
  if (!group) throw notFound('Dialoggruppen');
  const participants = await ctx.participants(group);
  const brings = type.brings;
  const start = new Date(group.start);
  return {
    invitationId: invitation.id,
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
              url: d.links.document(brings.document, id, round.schoolYear),
            })),
          }
        : undefined,
    calendarUrl: d.links.calendar(invitation.calendarToken),
    answer: invitation.answer,
    answerLabel: ANSWER_LABELS[invitation.answer],
    answerNote: invitation.answerNote,
    canAnswer: !group.start || start > d.clock.now(),
  };
}

/**
 * Round contexts kept for `ttlMs` of real time while the outbox composes a round's cards; a
 * card composed later (a retry, a reminder days on) reads the round afresh.
 */
export class RoundContexts {
  private readonly cache = new Map<string, { at: number; value: Promise<RoundContext> }>();

  constructor(
    private readonly load: (roundId: string) => Promise<RoundContext>,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** `fresh` may refuse a kept context (e.g. older than the change a card announces): it is read again. */
  async get(roundId: string, fresh?: (ctx: RoundContext) => boolean): Promise<RoundContext> {
    const hit = this.cache.get(roundId);
    if (hit && this.now() - hit.at < this.ttlMs && (!fresh || fresh(await hit.value))) return hit.value;
    const value = this.load(roundId);
    value.catch(() => this.cache.delete(roundId));
    this.cache.set(roundId, { at: this.now(), value });
    if (this.cache.size > 50) this.cache.delete(this.cache.keys().next().value!);
    return value;
  }
}

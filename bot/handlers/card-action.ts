/**
 * Card actions: Action.Execute (an adaptiveCard/action invoke, answered with the refreshed card)
 * and its Action.Submit fallback (a message with a value; the card is updated in place).
 * Both parse the action's data and call the same use cases as the tab.
 */
import { CardFactory, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { DomainError } from '../../src/domain/errors';
import { statusOf } from '../../src/http/errors';
import { FOLLOW_UP_STATUSES } from '../../src/domain/plan';
import type { AdaptiveCardJson } from '../cards/card-template';
import { buildAnswerCard } from '../cards/answer.card';
import { buildDialogueAnsweredCard, buildInvitationStateCard } from '../cards/dialogue-answered.card';
import { buildDialogueInvitationCard } from '../cards/dialogue-invitation.card';
import { checkInInputIds } from '../cards/check-in.card';
import { ALL_VERBS, CARD_VERBS, type CardVerb } from '../cards/verbs';
import type { BotDeps } from '../bot-deps';
import { actorOf, UNKNOWN_PERSON_MESSAGE } from './who';

const CARD = 'application/vnd.microsoft.card.adaptive';
const ERROR = 'application/vnd.microsoft.error';

type Result = { ok: true; card: AdaptiveCardJson } | { ok: false; status: number; code: string; message: string };

const invitationData = z.object({ invitationId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), note: z.string().max(1000).optional() });
const checkInData = z.object({
  checkInKey: z.string().min(1).max(255),
  unitId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  schoolYear: z.string().regex(/^\d{4}\/\d{2}$/),
});
const checkInStatus = z.enum(FOLLOW_UP_STATUSES, { message: 'Välj en status.' });
const checkInNote = z.string().trim().max(1000, 'Kommentaren får vara högst 1000 tecken.');

/**
 * The card's inputs (status-<id>, note-<id>) as answers: a commitment is answered when either is
 * filled, and then needs both; untouched commitments are left for next time.
 */
function checkInAnswers(data: Record<string, unknown>) {
  const ids = new Set(Object.keys(data).flatMap((k) => /^(?:status|note)-([A-Za-z0-9-]{1,64})$/.exec(k)?.[1] ?? []));
  const answers = [];
  for (const commitmentId of ids) {
    const { status: statusKey, note: noteKey } = checkInInputIds(commitmentId);
    const rawStatus = typeof data[statusKey] === 'string' ? (data[statusKey] as string) : '';
    const note = parse(checkInNote, typeof data[noteKey] === 'string' ? data[noteKey] : '');
    if (!rawStatus && !note) continue;
    if (!note) throw new DomainError('VALIDATION_FAILED', 'Skriv en kort kommentar för varje åtagande du stämmer av.');
    if (!rawStatus) throw new DomainError('VALIDATION_FAILED', 'Välj hur det går för varje åtagande du kommenterar.');
    answers.push({ commitmentId, status: parse(checkInStatus, rawStatus), note });
  }
  return answers;
}

const ANSWER_BY_VERB = { [CARD_VERBS.accept]: 'accepted', [CARD_VERBS.decline]: 'declined', [CARD_VERBS.otherTime]: 'otherTime' } as const;

export async function runCardAction(context: TurnContext, deps: BotDeps, verb: string, data: unknown): Promise<Result> {
  if (!(ALL_VERBS as string[]).includes(verb))
    return { ok: false, status: 400, code: 'UNKNOWN_VERB', message: 'Den här knappen känner jag inte igen.' };
  try {
    const actor = await actorOf(context, deps);
    if (!actor) return { ok: false, status: 403, code: 'UNKNOWN_PERSON', message: UNKNOWN_PERSON_MESSAGE };
    const userIds = context.activity.from?.id ? [context.activity.from.id] : [];
    switch (verb as CardVerb) {
      case CARD_VERBS.accept:
      case CARD_VERBS.decline:
      case CARD_VERBS.otherTime: {
        const d = parse(invitationData, data);
        const view = await deps.dialogues.answer(actor, d.invitationId, ANSWER_BY_VERB[verb as keyof typeof ANSWER_BY_VERB], d.note ?? '');
        return { ok: true, card: buildDialogueAnsweredCard({ ...view, userIds }) };
      }
      case CARD_VERBS.change:
      case CARD_VERBS.refresh: {
        const d = parse(invitationData, data);
        const view = await deps.dialogues.invitationViewFor(actor, d.invitationId);
        return {
          ok: true,
          card:
            verb === CARD_VERBS.change ? buildDialogueInvitationCard({ ...view, userIds }) : buildInvitationStateCard({ ...view, userIds }),
        };
      }
      case CARD_VERBS.checkIn: {
        const d = parse(checkInData, data);
        const r = await deps.checkIns.submit(actor, { ...d, answers: checkInAnswers(data as Record<string, unknown>) });
        return {
          ok: true,
          card: buildAnswerCard({
            title: r.alreadyAnswered ? 'Avstämningen är redan sparad' : 'Tack! Uppföljningarna är sparade',
            text: r.alreadyAnswered
              ? `Du har redan svarat på den här avstämningen för ${r.unitName}.`
              : `De finns nu i åtagandeplanen för ${r.unitName} (${r.date}).`,
            facts: r.saved.map((x) => ({ title: x.commitmentTitle, value: `${x.statusLabel} – ${x.note}` })),
            links: [{ title: 'Öppna åtagandeplanen', url: r.planLink }],
            tone: 'good',
          }),
        };
      }
    }
  } catch (err) {
    if (err instanceof DomainError) {
      return { ok: false, status: statusOf(err.code), code: err.code, message: err.message };
    }
    deps.log.error('card action failed', { verb, err: err instanceof Error ? err.stack : String(err) });
    return { ok: false, status: 500, code: 'INTERNAL', message: 'Något gick fel hos mig. Försök igen om en stund.' };
  }
}

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new DomainError('VALIDATION_FAILED', r.error.issues.map((i) => i.message).join(' '));
  return r.data;
}

/** Action.Execute: the refreshed card, or an error Teams shows on the card. */
export async function handleAdaptiveCardInvoke(
  context: TurnContext,
  deps: BotDeps,
  value: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  const action = value.action ?? ({} as AdaptiveCardInvokeValue['action']);
  const result = await runCardAction(context, deps, action.verb ?? '', action.data ?? {});
  if (result.ok) return { statusCode: 200, type: CARD, value: result.card as unknown as Record<string, unknown> };
  return {
    statusCode: result.status,
    type: ERROR,
    value: { code: result.code, message: result.message } as unknown as Record<string, unknown>,
  };
}

/** An Action.Submit from a client without universal actions: a message whose value holds the verb. */
export function isCardSubmit(context: TurnContext): boolean {
  const value = context.activity.value as { verb?: unknown } | undefined;
  return context.activity.type === 'message' && typeof value?.verb === 'string';
}

export async function handleCardSubmit(context: TurnContext, deps: BotDeps): Promise<void> {
  const { verb, ...data } = context.activity.value as { verb: string };
  const result = await runCardAction(context, deps, verb, data);
  if (!result.ok) {
    await context.sendActivity(result.message);
    return;
  }
  const attachment = CardFactory.adaptiveCard(result.card);
  if (context.activity.replyToId) {
    try {
      await context.updateActivity({ id: context.activity.replyToId, type: 'message', attachments: [attachment] });
      return;
    } catch {
      /* the original card cannot be updated: send the new one instead */
    }
  }
  await context.sendActivity({ type: 'message', attachments: [attachment] });
}

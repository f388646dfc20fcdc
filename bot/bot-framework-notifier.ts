/**
 * The Notifier port over botbuilder: continueConversationAsync with the stored reference, one
 * activity per outbox item, its id in channelData (skaOutboxId) so each delivery can be traced.
 * The connector client's own retry policy is removed: the outbox owns retries, so every attempt
 * is paced and counted against Teams' limits, and a 429 never stalls a send slot in the SDK.
 */
import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { OutboundMessage } from '../src/app/outbox/messages';
import type { Notifier, SendMeta, SendOutcome } from '../src/app/ports/notifier';
import { parseRetryAfter, type SendFailure } from '../src/domain/outbox-policy';
import { buildCardFor } from './cards/outbound';

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string; parsedBody?: unknown };
  details?: { error?: { code?: string; message?: string } };
}

export class BotFrameworkNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(reference: unknown, message: OutboundMessage, meta: SendMeta): Promise<SendOutcome> {
    const ref = reference as Partial<ConversationReference>;
    const activity = toActivity(message, ref, meta);
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId, ref as ConversationReference, async (context: TurnContext) => {
        withoutSdkRetries(context, this.adapter);
        activityId = (await context.sendActivity(activity))?.id;
      });
      return { ok: true, activityId };
    } catch (err) {
      return { ok: false, failure: toFailure(err) };
    }
  }
}

export const outboxMarker = (outboxId: string) => `ska-outbox-${outboxId}`;

export function toActivity(message: OutboundMessage, reference: Partial<ConversationReference>, meta: SendMeta): Partial<Activity> {
  // The card's id names the outbox item: a delivery probe can find it in the chat after a crash.
  const card = { ...buildCardFor(message, reference.user?.id ? [reference.user.id] : []), id: outboxMarker(meta.outboxId) };
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summaryOf(message);
  activity.channelData = { skaOutboxId: meta.outboxId, notification: { alert: true } };
  return activity;
}

function summaryOf(message: OutboundMessage): string {
  switch (message.kind) {
    case 'dialogueInvitation':
      return `Inbjudan: ${message.view.kindLabel} ${message.view.when}`;
    case 'reminder':
      return message.view.title;
    case 'checkIn':
      return `Avstämning: ${message.view.unitName}`;
    case 'notice':
    case 'documentNotice':
      return message.view.title;
  }
}

/** Removes the retry phase from the connector client's pipeline (core-rest-pipeline's defaultRetryPolicy). */
function withoutSdkRetries(context: TurnContext, adapter: CloudAdapter) {
  const client = context.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: { removePolicy(o: { phase: string }): unknown } } } | undefined;
  client?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

export function toFailure(err: unknown): SendFailure {
  const e = (err ?? {}) as RestErrorLike;
  let code = e.code && !/^(REQUEST_SEND_ERROR|PARSE_ERROR)$/.test(e.code) ? e.code : undefined;
  const body = e.response?.parsedBody as { error?: { code?: string; message?: string } } | undefined;
  code = body?.error?.code ?? e.details?.error?.code ?? code;
  if (!code && e.response?.bodyAsText) {
    try {
      code = (JSON.parse(e.response.bodyAsText) as { error?: { code?: string } }).error?.code;
    } catch {
      /* not JSON */
    }
  }
  return {
    status: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    code,
    retryAfterSeconds: parseRetryAfter(e.response?.headers?.get('retry-after'), new Date()),
    message: (body?.error?.message ?? e.message ?? String(err)).slice(0, 500),
  };
}

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

/** Where an unreachable connector is told (one warn line, no stack); info when the logger has no warn. */
export interface NotifierLog {
  info(message: string, data?: Record<string, unknown>): void;
  warn?(message: string, data?: Record<string, unknown>): void;
}

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string; parsedBody?: unknown };
  details?: { error?: { code?: string; message?: string } };
}

export class BotFrameworkNotifier implements Notifier {
  /** Connectors told unreachable since their last success: one warn line each, not one per attempt. */
  private readonly unreachable = new Set<string>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log?: NotifierLog,
  ) {}

  async send(reference: unknown, message: OutboundMessage, meta: SendMeta): Promise<SendOutcome> {
    const ref = reference as Partial<ConversationReference>;
    const activity = toActivity(message, ref, meta);
    let activityId: string | undefined;
    let failed: { err: unknown } | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId, ref as ConversationReference, async (context: TurnContext) => {
        withoutSdkRetries(context, this.adapter);
        // Caught here: botbuilder's runMiddleware hands a turn's error to the adapter's onTurnError
        // (logged with its stack and swallowed), so the outbox would count a send that never left.
        try {
          activityId = (await context.sendActivity(activity))?.id;
        } catch (err) {
          failed = { err };
        }
      });
    } catch (err) {
      failed = { err };
    }
    const serviceUrl = ref.serviceUrl ?? '';
    if (!failed) {
      this.unreachable.delete(serviceUrl);
      return { ok: true, activityId };
    }
    const failure = toFailure(failed.err);
    // No HTTP status: the connector was never reached (refused, DNS, timeout). The outbox retries it.
    if (failure.status === undefined && !this.unreachable.has(serviceUrl)) {
      this.unreachable.add(serviceUrl);
      (this.log?.warn ?? this.log?.info)?.call(this.log, 'bot connector unreachable: the outbox retries', {
        serviceUrl,
        reason: failure.message,
        outboxId: meta.outboxId,
      });
    }
    return { ok: false, failure };
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

/**
 * The demo municipality's Bot Connector, in-process: the demo seed's conversation references point
 * at DEMO_SERVICE_URL (a closed local port), so a send to a demo person is answered here: the
 * activity the bot would have sent is kept (the latest ones, for a look at the cards) and the
 * outbox records it as delivered. Every other reference goes to the real connector.
 */
import type { ConversationReference } from 'botbuilder';
import type { OutboundMessage } from '../src/app/outbox/messages';
import type { Notifier, SendMeta, SendOutcome } from '../src/app/ports/notifier';
import { DEMO_SERVICE_URL } from '../src/app/seed/demo-year';
import { toActivity } from './bot-framework-notifier';

export interface DemoDelivery {
  activityId: string;
  outboxId: string;
  /** The demo person's Entra object id. */
  to?: string;
  kind: OutboundMessage['kind'];
  summary?: string;
  /** The activity as the bot would have posted it (the Adaptive Card among its attachments). */
  activity: unknown;
}

const KEEP = 200;

export const isDemoReference = (reference: unknown): boolean =>
  (reference as { serviceUrl?: unknown } | undefined)?.serviceUrl === DEMO_SERVICE_URL;

export class DemoConnector implements Notifier {
  private readonly kept: DemoDelivery[] = [];

  constructor(private readonly connector: Notifier) {}

  /** What was "sent" to demo people, newest last. */
  get delivered(): readonly DemoDelivery[] {
    return this.kept;
  }

  async send(reference: unknown, message: OutboundMessage, meta: SendMeta): Promise<SendOutcome> {
    if (!isDemoReference(reference)) return this.connector.send(reference, message, meta);
    const ref = reference as Partial<ConversationReference>;
    const activity = toActivity(message, ref, meta);
    const activityId = `demo-${meta.outboxId}`;
    this.kept.push({
      activityId,
      outboxId: meta.outboxId,
      to: ref.user?.aadObjectId,
      kind: message.kind,
      summary: activity.summary,
      activity,
    });
    if (this.kept.length > KEEP) this.kept.splice(0, this.kept.length - KEEP);
    return { ok: true, activityId };
  }
}

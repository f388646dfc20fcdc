/**
 * The Notifier port: writes one proactive message to a person through their stored conversation
 * reference. Adapter: BotFrameworkNotifier (bot/, botbuilder's CloudAdapter).
 * It never throws for a refused send: it reports what happened, and the outbox decides.
 */
import type { SendFailure } from '../../domain/outbox-policy';
import type { OutboundMessage } from '../outbox/messages';

export type SendOutcome = { ok: true; activityId?: string } | { ok: false; failure: SendFailure };

export interface SendMeta {
  /** The outbox item: goes with the activity (channelData) so a delivery can be traced and counted. */
  outboxId: string;
}

export interface Notifier {
  send(reference: unknown, message: OutboundMessage, meta: SendMeta): Promise<SendOutcome>;
}

/**
 * Asks the channel whether a message whose sender died mid-send arrived. Without one (the
 * default), an in-doubt message is sent again: a rare duplicate rather than a silent loss.
 */
export interface DeliveryProbe {
  wasDelivered(reference: unknown, outboxId: string): Promise<'delivered' | 'notDelivered' | 'unknown'>;
}

/**
 * Turns an outbox item into the message to send, at send time: an invitation shows the meeting
 * as it is now, and a reminder whose reason went away (the plan became ready) is skipped.
 */
import type { OutboundMessage, NoticeView } from './messages';
import type { OutboxItem, OutboxKind } from './outbox-items';

export type Composed = OutboundMessage | { skip: string };
export type ComposeFn = (item: OutboxItem) => Promise<Composed>;

export class MessageComposer {
  private readonly composers = new Map<OutboxKind, ComposeFn>();

  constructor() {
    this.register('notice', async (item) => ({ kind: 'notice', view: item.payload as unknown as NoticeView }));
  }

  register(kind: OutboxKind, compose: ComposeFn): this {
    this.composers.set(kind, compose);
    return this;
  }

  async compose(item: OutboxItem): Promise<Composed> {
    const compose = this.composers.get(item.kind);
    if (!compose) return { skip: `Okänd meddelandetyp: ${item.kind}` };
    return compose(item);
  }
}

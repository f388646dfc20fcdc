/**
 * Work items in the outbox (outbox.ts WORK_KINDS): claimed with a long lease (the work paces
 * itself by the Graph budget, so it may take minutes), performed, recorded as done; a failure is
 * retried by the outbox's policy, and a takeover repeats nothing (the work is idempotent by its keys).
 */
import type { SendFailure } from '../../domain/outbox-policy';
import type { OutboxItem } from './outbox-items';
import type { SenderDeps, SenderOptions, SenderStats } from './outbox-sender-options';

export class WorkRunner {
  constructor(
    private readonly deps: SenderDeps,
    private readonly options: SenderOptions,
    private readonly stats: SenderStats,
    /** The sender's claimed-and-not-recorded items (in-doubt recovery leaves them alone). */
    private readonly inflightIds: Set<string>,
    private readonly sender: {
      isStopping(): boolean;
      afterFailure(claimed: OutboxItem, failure: SendFailure): Promise<void>;
    },
  ) {}

  async perform(item: OutboxItem): Promise<void> {
    const { outbox, work } = this.deps;
    const claimed = await outbox.claim(item, this.options.instanceId, this.options.workLeaseMs).catch((err) => {
      this.deps.log.error('outbox claim failed', { id: item.id, err: String(err) });
      return undefined;
    });
    if (!claimed) {
      this.stats.claimsLost += 1;
      return;
    }
    if (!work) {
      if (await outbox.markSkipped(claimed, `Ingen utför ${item.kind}`)) this.stats.skipped += 1;
      return;
    }
    this.inflightIds.add(claimed.id);
    try {
      await work.perform(claimed, () => this.deps.pacer?.wait(() => this.sender.isStopping()) ?? Promise.resolve());
      if (await outbox.markSent(claimed, 'done')) this.stats.performed += 1;
    } catch (err) {
      const status = (err as { status?: unknown }).status;
      this.deps.log.error('outbox work failed', { id: item.id, kind: item.kind, err: String(err) });
      await this.sender.afterFailure(claimed, {
        status: typeof status === 'number' ? status : undefined,
        message: `work: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      this.inflightIds.delete(claimed.id);
    }
  }
}

import type { Fields, ListStore } from './ports/list-store';

interface Pending {
  fields: Fields;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for survey answers: answers arriving together are written in one createMany
 * (SQLite: one transaction; Graph: $batch of 20), and each submitter is answered only after its
 * answer is stored. A short wait gathers a group; a full group goes at once.
 */
export class SurveyAnswerWriter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight = new Set<Promise<void>>();
  private closed = false;
  /** For the bench and tests: how many createMany calls, and answers in them. */
  readonly stats = { groups: 0, answers: 0 };

  constructor(
    private readonly store: ListStore,
    private readonly options: { maxGroup: number; maxWaitMs: number } = { maxGroup: 20, maxWaitMs: 4 },
  ) {}

  write(fields: Fields): Promise<void> {
    if (this.closed) return Promise.reject(new Error('survey writer is closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ fields, resolve, reject });
      if (this.queue.length >= this.options.maxGroup) this.flushNow();
      else this.timer ??= setTimeout(() => this.flushNow(), this.options.maxWaitMs);
    });
  }

  private flushNow() {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.options.maxGroup);
      // Shuffled, so the stored order does not follow the order people pressed "Skicka".
      for (let i = group.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [group[i], group[j]] = [group[j], group[i]];
      }
      const done = this.store
        .createMany('surveyAnswers', group.map((p) => ({ fields: p.fields })))
        .then(() => {
          this.stats.groups += 1;
          this.stats.answers += group.length;
          group.forEach((p) => p.resolve());
        })
        .catch((e) => group.forEach((p) => p.reject(e)))
        .finally(() => this.inFlight.delete(done));
      this.inFlight.add(done);
    }
  }

  /** On shutdown: write what is queued and wait for it; what was acknowledged is stored. */
  async close(): Promise<void> {
    this.closed = true;
    this.flushNow();
    await Promise.all([...this.inFlight]);
  }
}

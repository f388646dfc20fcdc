import type { Fields, ListStore } from './ports/list-store';

interface Pending {
  fields: Fields;
  /** "This device has answered this round", written with the answer (never joined to it). */
  device?: { fingerprint: string; roundId: string };
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

  /** Devices whose answer is queued or being written: a second answer from one is refused at once. */
  private readonly pendingDevices = new Set<string>();

  isPending(fingerprint: string): boolean {
    return this.pendingDevices.has(fingerprint);
  }

  write(fields: Fields, device?: Pending['device']): Promise<void> {
    if (this.closed) return Promise.reject(new Error('survey writer is closed'));
    if (device) this.pendingDevices.add(device.fingerprint);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ fields, device, resolve, reject });
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
      const devices = group.filter((p) => p.device).map((p) => ({ fields: { ...p.device! }, key: p.device!.fingerprint }));
      // Answers first: a crash between the two leaves an answer without its device mark, never the reverse.
      const done = this.store
        .createMany('surveyAnswers', group.map((p) => ({ fields: p.fields })))
        .then(() => (devices.length ? this.store.createMany('surveyDevices', devices) : []))
        .then(() => {
          this.stats.groups += 1;
          this.stats.answers += group.length;
          group.forEach((p) => p.resolve());
        })
        .catch((e) => group.forEach((p) => p.reject(e)))
        .finally(() => {
          this.inFlight.delete(done);
          for (const p of group) if (p.device) this.pendingDevices.delete(p.device.fingerprint);
        });
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

import type { Clock } from '../ports/clock';
import { queryAll, type ListStore } from '../ports/list-store';
import type { SurveyForm, SurveyLink } from './survey-records';

/** The form's link, unit and question set are kept this long; the version stamps are read again after STAMP_TTL_MS. */
const FORM_TTL_MS = 10 * 60_000;
const STAMP_TTL_MS = 60_000;
export const SURVEY_SETTINGS = 'survey';

export type KeptForm = SurveyForm & { link: SurveyLink };

interface Stamp {
  at: number;
  etag: Promise<string>;
  /** The ETag once read: what an answer's path compares without waiting. */
  read?: string;
}

/**
 * What the anonymous form shows, kept per code: no sign-in, only the code. The link, unit and
 * question set are kept for ten minutes (a class opens and submits the same form over a lesson);
 * the round's and the question set's version stamps are read again every minute (one item read
 * each), and a stamp that changed on any instance drops what was kept, so a closed round stops answers then.
 */
export class SurveyForms {
  private readonly forms = new Map<string, { at: number; value: KeptForm }>();
  /** Version stamps read from the store (shared by every instance): each round's ETag and the question set's. */
  private readonly stamps = new Map<string, Stamp>();
  private readonly formStamps = new Map<string, { roundKey: string; round: string; set: string }>();

  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
    private readonly read: (code: string) => Promise<KeptForm>,
  ) {}

  async form(code: string): Promise<KeptForm> {
    const now = this.clock.now().getTime();
    const kept = this.kept(code, now);
    if (kept) return kept;
    const hit = this.forms.get(code);
    if (hit && now - hit.at < FORM_TTL_MS) {
      const [round, set] = await Promise.all([this.stamp(`round:${hit.value.round.id}`, now), this.stamp('set', now)]);
      if (round === this.formStamps.get(code)?.round && set === this.formStamps.get(code)?.set) return hit.value;
    }
    // One read per code at a time: a class opening the link together waits for the same read.
    let reading = this.reads.get(code);
    if (!reading) {
      reading = this.load(code, now).finally(() => this.reads.delete(code));
      this.reads.set(code, reading);
    }
    return reading;
  }

  private readonly reads = new Map<string, Promise<KeptForm>>();

  private async load(code: string, now: number): Promise<KeptForm> {
    const set = await this.stamp('set', now);
    const value = await this.read(code);
    const roundKey = `round:${value.round.id}`;
    const round = await this.stamp(roundKey, now);
    if (this.forms.size > 5000) this.forms.clear();
    this.forms.set(code, { at: now, value });
    this.formStamps.set(code, { roundKey, round, set });
    return value;
  }

  /**
   * The kept form, without waiting, when it and both its stamps are fresh and already read and
   * the stamps are the ones it was kept under (what form() checks, without its awaits): an answer's path.
   */
  kept(code: string, now = this.clock.now().getTime()): KeptForm | undefined {
    const hit = this.forms.get(code);
    const kept = this.formStamps.get(code);
    if (!hit || !kept || now - hit.at >= FORM_TTL_MS) return undefined;
    const round = this.stamps.get(kept.roundKey);
    const set = this.stamps.get('set');
    if (!round || !set || now - round.at >= STAMP_TTL_MS || now - set.at >= STAMP_TTL_MS) return undefined;
    return round.read === kept.round && set.read === kept.set ? hit.value : undefined;
  }

  /** The question set changed here: read its stamp again. */
  setChanged(): void {
    this.stamps.delete('set');
  }

  /** A round's status changed here: nothing kept is used again. */
  clear(): void {
    this.forms.clear();
    this.stamps.clear();
  }

  private stamp(key: string, now: number): Promise<string> {
    const hit = this.stamps.get(key);
    if (hit && now - hit.at < STAMP_TTL_MS) return hit.etag;
    const etag = (
      key === 'set'
        ? queryAll(this.store, 'settings', { name: SURVEY_SETTINGS }).then(([i]) => i?.etag ?? '')
        : this.store.get('surveyRounds', key.slice(6)).then((i) => i?.etag ?? '')
    ).catch((e) => {
      this.stamps.delete(key);
      throw e;
    });
    const entry: Stamp = { at: now, etag };
    etag.then(
      (read) => (entry.read = read),
      () => undefined, // the catch above forgets it
    );
    this.stamps.set(key, entry);
    return etag;
  }
}

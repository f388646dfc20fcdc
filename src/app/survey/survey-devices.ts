import { DomainError } from '../../domain/errors';
import { addDays, swedishDate } from '../../domain/swedish-time';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import { packDay } from './survey-writer';

/**
 * A pack is written within seconds of its first answer (the writer's maxHoldMs), so the packs
 * written since a read are dated no earlier than this before it.
 */
const PACK_DAY_MARGIN_MS = 10 * 60_000;
/** Past so many days since the last read, the round's packs are read whole again. */
const MAX_DAYS_READ = 7;

interface RoundDevices {
  secret: string;
  /** Hashes read from the store (every instance's), and this instance's since. */
  stored: Set<string>;
  mine: Set<string>;
  loadedAt: number;
  /** The packs written since the last read are dated this day or later (Swedish date). */
  readFrom?: string;
  refreshing?: Promise<void>;
}

/**
 * "Once per device", kept durably and shared by every instance, without storing anything that
 * identifies a device: only a keyed hash of the device's random token, under a key of the round's
 * own (in the store, so every instance hashes alike), kept beside the answers' packs. When the
 * round closes the key is deleted, so nothing is left that a token could be matched against.
 * Other instances' devices are read at most every `refreshMs` (a query per page, 2 RU), so a
 * client that ignores the form's own memory and switches instances within that time may answer twice.
 */
export class SurveyDevices {
  private readonly rounds = new Map<string, Promise<RoundDevices>>();

  constructor(
    private readonly store: ListStore,
    private readonly secrets: Secrets,
    private readonly now: () => number = Date.now,
    private readonly refreshMs = 30_000,
  ) {}

  private readonly loaded = new Map<string, RoundDevices>();

  /** Claims the device for the round, or refuses it when it has answered; returns the hash to store. */
  async claim(roundId: string, deviceToken: string): Promise<string> {
    return this.claimIn(roundId, await this.round(roundId), deviceToken);
  }

  /** claim() without waiting, once the round's devices are read (else undefined: use claim). */
  claimNow(roundId: string, deviceToken: string): string | undefined {
    const round = this.loaded.get(roundId);
    return round && this.claimIn(roundId, round, deviceToken);
  }

  private claimIn(roundId: string, round: RoundDevices, deviceToken: string): string {
    if (this.now() - round.loadedAt > this.refreshMs) round.refreshing ??= this.refresh(roundId, round).catch(() => undefined); // the next claim tries again
    const hash = this.secrets.keyedHash(round.secret, deviceToken);
    // Added and checked in one step (the size grows only for a new hash): these Sets hold a whole round's devices.
    const before = round.mine.size;
    if (round.stored.has(hash) || round.mine.add(hash).size === before)
      throw new DomainError('SURVEY_ALREADY_ANSWERED', 'Du har redan svarat på den här enkäten. Tack!');
    return hash;
  }

  /** The answer was not stored: the device may try again. (A claimed round is loaded: claim() waits for it.) */
  unclaim(roundId: string, hash: string): void {
    this.loaded.get(roundId)?.mine.delete(hash);
  }

  /** At close the round's key goes: without it no token can be matched against the hashes any more. */
  async forget(roundId: string): Promise<void> {
    this.rounds.delete(roundId);
    this.loaded.delete(roundId);
    for (const item of await queryAll(this.store, 'surveyRoundKeys', { roundId })) await this.store.delete('surveyRoundKeys', item.id);
  }

  private round(roundId: string): Promise<RoundDevices> {
    let r = this.rounds.get(roundId);
    if (!r) {
      const loading = (r = this.load(roundId));
      r.then(
        (loaded) => this.rounds.get(roundId) === loading && this.loaded.set(roundId, loaded),
        () => this.rounds.delete(roundId),
      );
      this.rounds.set(roundId, r);
    }
    return r;
  }

  private async load(roundId: string): Promise<RoundDevices> {
    // The idempotency key makes instances racing to create the round's key settle on one.
    const [key] = await queryAll(this.store, 'surveyRoundKeys', { roundId });
    const secret = key
      ? String(key.fields.secret)
      : String(
          (await this.store.create('surveyRoundKeys', { roundId, secret: this.secrets.newCode() }, { key: `roundkey:${roundId}` })).fields
            .secret,
        );
    const round: RoundDevices = { secret, stored: new Set(), mine: new Set(), loadedAt: 0 };
    await this.refresh(roundId, round);
    return round;
  }

  /**
   * The first read takes every pack of the round; later ones only the packs of the days since the
   * last read (`roundDay`, one indexed query a day, usually one): packs are only ever added, and go
   * only with the round's key. A round past 5,000 packs read whole is a scan of the whole list
   * (the list view threshold), every 30 s; a day's packs stay below it.
   */
  private async refresh(roundId: string, round: RoundDevices): Promise<void> {
    try {
      const startedAt = this.now();
      const today = swedishDate(new Date(startedAt));
      const days: string[] = [];
      for (let d = round.readFrom; d && d <= today && days.length <= MAX_DAYS_READ; d = addDays(d, 1)) days.push(d);
      const sinceLast = days.length > 0 && days.length <= MAX_DAYS_READ; // else (first read, or a long pause): every pack
      const items = sinceLast
        ? (
            await Promise.all(days.map((d) => queryAll(this.store, 'surveyAnswerPacks', { roundDay: packDay(roundId, d) }, ['hashes'])))
          ).flat()
        : await queryAll(this.store, 'surveyAnswerPacks', { roundId }, ['hashes']);
      const stored = sinceLast ? round.stored : new Set<string>();
      for (const item of items) {
        if (typeof item.fields.hashes === 'string') for (const h of JSON.parse(item.fields.hashes) as string[]) stored.add(h);
      }
      round.stored = stored;
      round.loadedAt = startedAt;
      round.readFrom = swedishDate(new Date(startedAt - PACK_DAY_MARGIN_MS));
    } finally {
      round.refreshing = undefined;
    }
  }
}

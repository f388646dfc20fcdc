import type { Composed } from '../outbox/message-composer';
import type { Directory } from '../directory/directory';
import type { OutboxService } from '../outbox/outbox';
import type { OutboxItem, NewOutboxItem } from '../outbox/outbox-items';
import type { Clock } from '../ports/clock';
import type { SurveyResults } from './survey-results-service';
import type { SchoolUnit } from '../store/records';
import type { OpenedNotice } from './survey-opening';
import type { SurveyRound, SurveyService } from './surveys';

/** Below this share of the unit's students answering, the principal gets a nudge mid-round. */
const LOW_RESPONSE = 0.5;
/** How long a unit's name is kept for notices. */
const UNIT_TTL_MS = 10 * 60_000;

/**
 * The bot's part in TLD: each principal gets their units' links when a round opens, and a
 * nudge (at most weekly, from the middle of the round) while few have answered.
 * Composed at send time, so a closed round or a rate that rose meanwhile sends nothing.
 */
export class SurveyNotifications {
  constructor(
    private readonly directory: Directory,
    private readonly surveys: SurveyService,
    private readonly results: SurveyResults,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly tabUrl: (unitId: string) => string,
  ) {}

  /** The opened-round notices of these principals (all of them, or the units the opening's drain just gave links). */
  async roundOpened(round: SurveyRound, principals: OpenedNotice[]): Promise<number> {
    return (await this.outbox.enqueue(this.itemsOf(round, 'opened', round.id, principals))).created;
  }

  /** For the scheduler's tick: nudges for open rounds past their middle. */
  async due(now: Date): Promise<NewOutboxItem[]> {
    const items: NewOutboxItem[] = [];
    for (const round of (await this.surveys.rounds()).filter((r) => r.status === 'open')) {
      const start = Date.parse(round.opensOn);
      const end = Date.parse(round.closesOn);
      if (now.getTime() < start + (end - start) / 2 || now.getTime() > end + 86_400_000) continue;
      const week = Math.floor((now.getTime() - start) / (7 * 86_400_000));
      const results = await this.results.forRound(round);
      const low = results.units.filter((u) => u.students && u.received / u.students < LOW_RESPONSE).map((u) => u.unitId);
      items.push(...(await this.itemsFor(round, 'lowResponse', `${round.id}:w${week}`, new Set(low))));
    }
    return items;
  }

  private async itemsFor(
    round: SurveyRound,
    reason: 'opened' | 'lowResponse',
    keyPart: string,
    only?: Set<string>,
  ): Promise<NewOutboxItem[]> {
    return this.itemsOf(round, reason, keyPart, await this.directory.principals(), only);
  }

  private itemsOf(
    round: SurveyRound,
    reason: 'opened' | 'lowResponse',
    keyPart: string,
    principals: OpenedNotice[],
    only?: Set<string>,
  ): NewOutboxItem[] {
    return principals
      .filter((m) => !only || only.has(m.unitId))
      .map((m) => ({
        key: `survey:${reason}:${keyPart}:${m.unitId}:${m.personId}`,
        personId: m.personId,
        kind: 'surveyNotice' as const,
        payload: { roundId: round.id, unitId: m.unitId, reason, ...(m.code ? { code: m.code } : {}) },
        source: `survey:${round.id}`,
      }));
  }

  private readonly units = new Map<string, { at: number; unit: Promise<SchoolUnit> }>();

  /** A unit's name for the notice, read once in UNIT_TTL_MS (300 notices of a round would read 300 units). */
  private unit(unitId: string): Promise<SchoolUnit> {
    const now = this.clock.now().getTime();
    const hit = this.units.get(unitId);
    if (hit && now - hit.at < UNIT_TTL_MS) return hit.unit;
    const unit = this.directory.unit(unitId).catch((e) => {
      this.units.delete(unitId);
      throw e;
    });
    if (this.units.size > 5000) this.units.clear();
    this.units.set(unitId, { at: now, unit });
    return unit;
  }

  async compose(item: OutboxItem): Promise<Composed> {
    const { roundId, unitId, reason, code } = item.payload as {
      roundId: string;
      unitId: string;
      reason: 'opened' | 'lowResponse';
      code?: string;
    };
    const round = await this.surveys.round(roundId);
    if (round.status !== 'open') return { skip: 'Mätningen är inte öppen längre.' };
    const unit = await this.unit(unitId);
    // A link's code never changes: the opening's drain puts it in the notice, older notices read it.
    const linkCode = code ?? (await this.surveys.storedLink(roundId, unitId))?.code;
    if (!linkCode) return { skip: 'Enheten har ingen länk.' };
    const url = this.surveys.publicLink(linkCode);
    const links = [
      { title: 'Öppna enkäten', url },
      { title: 'QR-kod och affisch i appen', url: this.tabUrl(unitId) },
    ];
    if (reason === 'opened') {
      return {
        kind: 'notice',
        view: {
          title: `${round.label} har öppnat`,
          text: `Skicka länken eller sätt upp QR-koden för ${unit.name}. Enkäten är anonym och stänger ${round.closesOn}.`,
          facts: [
            { title: 'Enhet', value: unit.name },
            { title: 'Länk', value: url },
          ],
          links,
          tone: 'default',
        },
      };
    }
    const results = await this.results.forRound(round);
    const mine = results.units.find((u) => u.unitId === unitId);
    if (!mine?.students || mine.received / mine.students >= LOW_RESPONSE) return { skip: 'Svarsfrekvensen är inte längre låg.' };
    return {
      kind: 'notice',
      view: {
        title: `Få har svarat på ${round.label} på ${unit.name}`,
        text: `Svarsfrekvensen är ${mine.responseRate} % (${mine.received} av ${mine.students}). Mätningen stänger ${round.closesOn}.`,
        links,
        tone: 'attention',
      },
    };
  }
}

/**
 * The overview's TLD columns, precomputed: when a round closes, each unit's answer count, response
 * rate and indices (after the anonymity rules) are written once to the settings list, so the
 * overview's first load reads a few small items instead of every answer. Open rounds are counted
 * live. A round closed before this existed is summarised on first need, and then kept.
 */
import type { SurveyArea } from '../../domain/survey';
import type { ListItem, ListStore } from '../ports/list-store';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyRound, SurveyService } from '../survey/surveys';

export interface UnitTld {
  answers: number;
  responseRate: number | null;
  shown: boolean;
  index: Partial<Record<SurveyArea, number | null>> | null;
}

interface StoredSummary {
  /** The rules it was computed under: other rules, another summary. */
  minAnswers: number;
  minResponseRate: number;
  units: Record<string, UnitTld>;
}

const nameOf = (roundId: string) => `tldSummary:${roundId}`;

export class TldSummaries {
  constructor(
    private readonly store: ListStore,
    private readonly surveys: SurveyService,
    private readonly results: SurveyResults,
  ) {}

  /** Each round's per-unit TLD, in the rounds' order: stored summaries in one read, the rest counted. */
  async forRounds(rounds: SurveyRound[]): Promise<Map<string, UnitTld>[]> {
    const closed = rounds.filter((r) => r.status === 'closed');
    const [stored, config] = await Promise.all([
      closed.length ? this.store.queryMany(closed.map((r) => ({ list: 'settings', where: { name: nameOf(r.id) } }))) : Promise.resolve([]),
      this.surveys.config(),
    ]);
    const byRound = new Map(closed.map((r, i) => [r.id, stored[i]?.[0]]));
    return Promise.all(
      rounds.map(async (round) => {
        const summary = parse(byRound.get(round.id));
        if (summary && summary.minAnswers === config.minAnswers && summary.minResponseRate === config.minResponseRate)
          return new Map(Object.entries(summary.units));
        const computed = await this.compute(round);
        if (round.status === 'closed') await this.save(round, computed.summary, byRound.get(round.id));
        return new Map(Object.entries(computed.summary.units));
      }),
    );
  }

  /** Called when a round closes: its answers do not change any more, so they are summed up now. */
  async roundClosed(round: SurveyRound): Promise<void> {
    const [existing] = (await this.store.query('settings', { where: { name: nameOf(round.id) }, top: 1 })).items;
    await this.save(round, (await this.compute(round)).summary, existing);
  }

  private async compute(round: SurveyRound): Promise<{ summary: StoredSummary }> {
    const [results, config] = await Promise.all([this.results.forRound(round), this.surveys.config()]);
    const units: Record<string, UnitTld> = {};
    for (const u of results.units) {
      units[u.unitId] = {
        answers: u.received ?? u.answers,
        responseRate: u.responseRate,
        shown: u.shown,
        index: u.shown ? (u.index ?? null) : null,
      };
    }
    return { summary: { minAnswers: config.minAnswers, minResponseRate: config.minResponseRate, units } };
  }

  private async save(round: SurveyRound, summary: StoredSummary, existing: ListItem | undefined) {
    const value = JSON.stringify(summary);
    if (existing) await this.store.update('settings', existing.id, { value, modifiedById: 'system' });
    else
      await this.store.create(
        'settings',
        { name: nameOf(round.id), value, modifiedById: 'system' },
        { key: `settings:${nameOf(round.id)}` },
      );
  }
}

function parse(item: ListItem | undefined): StoredSummary | undefined {
  if (!item || typeof item.fields.value !== 'string') return undefined;
  try {
    return JSON.parse(item.fields.value) as StoredSummary;
  } catch {
    return undefined;
  }
}

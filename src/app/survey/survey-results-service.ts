import { canReadUnit, canSeeAllUnits } from '../../domain/access';
import { forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { questionSetFor, type SurveyConfig } from '../../domain/survey';
import { groupResult, responseRateReason, suppress, Tally, type GroupResult, type Member } from '../../domain/survey-results';
import { suppressPublished } from '../../domain/survey-suppression';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import { ConflictError, type ListItem, type ListStore } from '../ports/list-store';
import { isMigrated, migratedRanges } from './survey-migration';
import { releaseTable, type Watermarks } from '../../domain/survey-packs';
import { AnswerTable } from '../../domain/survey-answer-table';
import type { SchoolUnit } from '../store/records';
import type { SurveyRound, SurveyService } from './surveys';

export interface UnitRoundResult extends GroupResult {
  unitId: string;
  unitName: string;
  schoolForm: string;
  students: number | null;
  /** Answers stored so far, also those not yet released to the figures (they are released in batches). */
  received: number;
  /** Share of the unit's students who answered, 0–100; null without a student count. */
  responseRate: number | null;
  bands: (GroupResult & { band: string })[];
}

export interface RoundResults {
  round: SurveyRound;
  questionSetKeys: string[];
  units: UnitRoundResult[];
  /** Totals per question set (units answering different questions are not added up). */
  totals: (GroupResult & { questionSet: string; label: string })[];
  /** Per school form, within the same question set. */
  schoolForms: (GroupResult & { schoolForm: string; label: string })[];
  minAnswers: number;
}

interface Cached {
  at: number;
  value: RoundResults;
}

/**
 * TLD results that protect anonymity: a figure only for groups that reach the threshold, and
 * never one that can be worked out by subtracting shown groups from a shown total.
 */
export class SurveyResults {
  private cache = new Map<string, Cached>();

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly surveys: SurveyService,
    private readonly clock: Clock,
    /** How long an open round's results may be reused; a closed round does not change. */
    private readonly openRoundTtlMs = 30_000,
  ) {}

  async forUnit(
    actor: Actor,
    unitId: string,
  ): Promise<{ rounds: { round: SurveyRound; unit: UnitRoundResult; schoolForm?: GroupResult; total?: GroupResult }[] }> {
    if (!canReadUnit(actor, unitId)) throw forbidden();
    const unit = await this.directory.unit(unitId);
    const rounds = (await this.surveys.rounds()).filter((r) => r.status !== 'planned');
    const out = [];
    for (const round of rounds) {
      const results = await this.forRound(round);
      const mine = results.units.find((u) => u.unitId === unitId);
      if (!mine) continue;
      const config = await this.surveys.config();
      const setKey = questionSetFor(config, unit.schoolForm, round.respondents).key;
      out.push({
        round,
        unit: mine,
        schoolForm: results.schoolForms.find((f) => f.schoolForm === unit.schoolForm),
        total: results.totals.find((t) => t.questionSet === setKey),
      });
    }
    return { rounds: out };
  }

  async overview(actor: Actor, roundId: string): Promise<RoundResults> {
    if (!canSeeAllUnits(actor)) throw forbidden('Resultat för alla enheter visas för huvudmannanivån.');
    return this.forRound(await this.surveys.round(roundId));
  }

  /** Drops a round's cached results (its student counts changed). */
  forget(roundId: string): void {
    this.cache.delete(roundId);
  }

  async forRound(round: SurveyRound): Promise<RoundResults> {
    const hit = this.cache.get(round.id);
    const now = this.clock.now().getTime();
    if (hit && (round.status === 'closed' ? hit.value.round.status === 'closed' : now - hit.at < this.openRoundTtlMs)) return hit.value;
    const where = { roundId: round.id };
    // One round trip on Graph for the answers ($batch): the packs, any answers not yet packed, and what is released.
    const [[packItems, unpacked, releases], units, config, links] = await Promise.all([
      this.store.queryMany([
        { list: 'surveyAnswerPacks', where, select: ['entries', 'migratedFrom'] }, // not the devices' hashes
        { list: 'surveyAnswers', where },
        { list: 'surveyReleases', where },
      ]),
      this.directory.allUnits(),
      this.surveys.config(),
      this.surveys.links(round.id),
    ]);
    // Read straight into columns: no object per answer (survey-answer-table.ts).
    const table = new AnswerTable();
    for (const p of packItems) table.addPack(String(p.fields.entries), Number(p.id));
    const [releaseItem] = releases;
    const stored: Watermarks = releaseItem ? JSON.parse(String(releaseItem.fields.watermarks)) : {};
    const { released, watermarks, changed, received } = releaseTable(table, stored, config.minAnswers);
    if (changed) await this.saveWatermarks(round.id, releaseItem, watermarks);
    // Answers stored unpacked (before packing, or by an instance not yet upgraded) were always shown; migration packs them.
    const ranges = migratedRanges(packItems);
    const packed = table.count;
    for (const a of unpacked) {
      if (isMigrated(ranges, Number(a.id))) continue;
      const unitId = String(a.fields.unitId);
      table.add(unitId, String(a.fields.gradeBand ?? ''), JSON.parse(String(a.fields.answers)), 0);
      received.set(unitId, (received.get(unitId) ?? 0) + 1);
    }
    const shown = new Uint8Array(table.count).fill(1);
    shown.set(released.subarray(0, packed));
    const value = compute(round, units, config, new Map(links.map((l) => [l.unitId, l.studentCount])), table, received, shown);
    this.cache.set(round.id, { at: now, value });
    return value;
  }

  /** Two instances may move the same watermarks at once; both compute the same, so a conflict is settled by reading again. */
  private async saveWatermarks(roundId: string, item: ListItem | undefined, watermarks: Watermarks): Promise<void> {
    const value = JSON.stringify(watermarks);
    try {
      if (item) await this.store.update('surveyReleases', item.id, { watermarks: value }, { ifMatch: item.etag });
      else await this.store.create('surveyReleases', { roundId, watermarks: value }, { key: `release:${roundId}` });
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
}

/** The whole round in one pass over the answers. Exported for the bench. */
export function compute(
  round: SurveyRound,
  units: SchoolUnit[],
  config: SurveyConfig,
  students: Map<string, number | null>,
  answers: { unitId: string; gradeBand: string; answers: Record<string, number> }[] | AnswerTable,
  /** Answers stored per unit, released or not yet (progress only: figures use the released ones). */
  received?: Map<string, number>,
  /** Of a table: which answers the figures use (1), by index; all when not given. */
  use?: Uint8Array,
): RoundResults {
  const setOf = new Map(units.map((u) => [u.id, questionSetFor(config, u.schoolForm, round.respondents)]));
  const table = answers instanceof AnswerTable ? answers : AnswerTable.of(answers);
  // Per the table's unit and band indexes: each unit's tally (and its rows), each band's.
  const unitTallies: (Tally | undefined)[] = [];
  const unitRows: (number[] | undefined)[][] = [];
  const bandTallies = new Map<number, { tally: Tally; rows: (number[] | undefined)[] }>();
  for (let i = 0; i < table.count; i++) {
    if (use && !use[i]) continue;
    const u = table.unit[i];
    let t = unitTallies[u];
    if (!t) {
      const set = setOf.get(table.units.values[u]);
      if (!set) continue;
      unitTallies[u] = t = new Tally(set);
      unitRows[u] = t.rowsFor(table);
    }
    t.addFrom(table, i, unitRows[u]);
    const band = table.band[i];
    if (table.bands.values[band]) {
      const key = u * 65536 + band;
      let b = bandTallies.get(key);
      if (!b) {
        const tally = new Tally(setOf.get(table.units.values[u])!);
        bandTallies.set(key, (b = { tally, rows: tally.rowsFor(table) }));
      }
      b.tally.addFrom(table, i, b.rows);
    }
  }
  const unitTally = new Map<string, Tally>();
  unitTallies.forEach((t, u) => t && unitTally.set(table.units.values[u], t));
  const bandTally = new Map<string, Map<string, Tally>>();
  for (const [key, { tally }] of bandTallies) {
    const unitId = table.units.values[Math.floor(key / 65536)];
    const bands = bandTally.get(unitId) ?? new Map<string, Tally>();
    bandTally.set(unitId, bands);
    bands.set(table.bands.values[key % 65536], tally);
  }

  const members: (Member & { unit: SchoolUnit; setKey: string })[] = units.map((unit) => {
    const set = setOf.get(unit.id)!;
    const tally = unitTally.get(unit.id) ?? new Tally(set);
    const got = received?.get(unit.id) ?? tally.answers;
    return {
      key: unit.id,
      unit,
      setKey: set.key,
      tally,
      ownReason: tally.answers >= config.minAnswers ? responseRateReason(got, students.get(unit.id) ?? undefined, config) : undefined,
    };
  });

  // One decision over every published figure: units, school-form totals and the organiser's totals.
  const byForm = groupBy(members, (m) => `${m.setKey}|${m.unit.schoolForm}`);
  const bySet = groupBy(members, (m) => m.setKey);
  const published = suppressPublished(
    members.map((m) => ({ key: m.key, answers: m.tally.answers, ownReason: m.ownReason })),
    [
      ...[...byForm].map(([k, g]) => ({ key: `form:${k}`, leaves: g.map((m) => m.key) })),
      ...[...bySet].map(([k, g]) => ({ key: `set:${k}`, leaves: g.map((m) => m.key) })),
    ],
    config.minAnswers,
  );
  const decision = published.leaves;

  const unitResults: UnitRoundResult[] = members.map((m) => {
    const reason = decision.get(m.key);
    const n = students.get(m.key) ?? null;
    const bandMembers: Member[] = [...(bandTally.get(m.key) ?? new Map()).entries()].map(([band, tally]) => ({ key: band, tally }));
    const bandDecision = reason ? new Map<string, undefined>() : suppress(bandMembers, config.minAnswers);
    // Bands are shown only when every band can be: otherwise the unit total would give away the rest.
    const bandsShown =
      !reason &&
      bandMembers.length > 1 &&
      [...bandDecision.values()].every((r) => !r) &&
      bandMembers.reduce((s, b) => s + b.tally.answers, 0) === m.tally.answers;
    return {
      unitId: m.key,
      unitName: m.unit.name,
      schoolForm: m.unit.schoolForm,
      students: n,
      received: received?.get(m.key) ?? m.tally.answers,
      // Progress: every stored answer counts here, released or not (a count says nothing of what anyone answered).
      responseRate: n ? Math.round((1000 * (received?.get(m.key) ?? m.tally.answers)) / n) / 10 : null,
      ...groupResult(m.tally, reason),
      bands: bandsShown ? bandMembers.map((b) => ({ band: b.key, ...groupResult(b.tally, undefined) })) : [],
    };
  });

  const totals = [...bySet.entries()].map(([setKey, group]) => {
    const t = new Tally(setOf.get(group[0].key)!);
    group.forEach((m) => t.merge(m.tally));
    const set = config.questionSets.find((s) => s.key === setKey)!;
    return { questionSet: setKey, label: `Hela huvudmannen (${set.label})`, ...groupResult(t, published.groups.get(`set:${setKey}`)) };
  });
  const schoolForms = [...byForm].map(([formKey, group]) => {
    const t = new Tally(setOf.get(group[0].key)!);
    group.forEach((m) => t.merge(m.tally));
    const form = group[0].unit.schoolForm;
    return { schoolForm: form, label: SCHOOL_FORMS[form], ...groupResult(t, published.groups.get(`form:${formKey}`)) };
  });

  return { round, questionSetKeys: [...bySet.keys()], units: unitResults, totals, schoolForms, minAnswers: config.minAnswers };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const i of items) map.set(key(i), [...(map.get(key(i)) ?? []), i]);
  return map;
}

import type { AnswerTable } from './survey-answer-table';
import { scaleOf, SURVEY_AREAS, type QuestionSet, type SurveyAnswers, type SurveyArea, type SurveyConfig } from './survey';

/** One stored answer, as the results see it: no identity, only where it belongs. */
export interface AnswerRecord {
  roundId: string;
  unitId: string;
  gradeBand: string;
  answers: SurveyAnswers;
}

export interface QuestionResult {
  id: string;
  area: SurveyArea;
  text: string;
  /** Count per scale value (0 = vet ej). */
  distribution: Record<number, number>;
  /** Answers on the scale, "vet ej" excluded: the base of the share. */
  answered: number;
  /** Share positive, 0–100, one decimal; null when nobody answered the question. */
  positiveShare: number | null;
}

export type HiddenReason = 'fewAnswers' | 'lowResponseRate' | 'protectsOthers';

export interface GroupResult {
  answers: number;
  shown: boolean;
  hiddenReason?: HiddenReason;
  questions?: QuestionResult[];
  /** Index per area (T, L, D): the mean share positive of the area's questions. */
  index?: Partial<Record<SurveyArea, number | null>>;
}

/** Counts for one group (a unit, a band, a total): per question, per scale value. */
export class Tally {
  answers = 0;
  readonly counts: Map<string, number[]> = new Map();

  constructor(private readonly set: QuestionSet) {
    for (const q of set.questions) this.counts.set(q.id, [0, 0, 0, 0, 0]);
  }

  add(answers: SurveyAnswers): void {
    this.answers += 1;
    // for…in, not Object.entries: results add up 100,000 answers, and the pairs are garbage.
    for (const id in answers) {
      const value = answers[id];
      const row = this.counts.get(id);
      if (row && value >= 0 && value < row.length) row[value] += 1;
    }
  }

  /** Each of the table's questions' counts in this tally (none for a question not in its set): once, before addFrom. */
  rowsFor(table: AnswerTable): (number[] | undefined)[] {
    return table.questions.values.map((id) => this.counts.get(id));
  }

  /** Answer i of the table, as add does it, without an object for the answer. */
  addFrom(table: AnswerTable, i: number, rows: (number[] | undefined)[]): void {
    this.answers += 1;
    for (let j = table.start[i], end = table.start[i + 1]; j < end; j++) {
      const row = rows[table.question[j]];
      const value = table.value[j];
      if (row && value >= 0 && value < row.length) row[value] += 1;
    }
  }

  merge(other: Tally): void {
    this.answers += other.answers;
    for (const [id, row] of other.counts) {
      const mine = this.counts.get(id)!;
      for (let i = 0; i < row.length; i++) mine[i] += row[i];
    }
  }

  result(): Required<Pick<GroupResult, 'questions' | 'index'>> {
    const questions = this.set.questions.map((q): QuestionResult => {
      const scale = scaleOf(this.set, q);
      const positive = new Set(scale.steps.filter((s) => s.positive).map((s) => s.value));
      const row = this.counts.get(q.id)!;
      const distribution: Record<number, number> = {};
      for (const step of scale.steps) distribution[step.value] = row[step.value];
      const answered = row.reduce((sum, n, value) => (value === 0 ? sum : sum + n), 0);
      const pos = row.reduce((sum, n, value) => (positive.has(value) ? sum + n : sum), 0);
      return {
        id: q.id,
        area: q.area,
        text: q.text,
        distribution,
        answered,
        positiveShare: answered ? round1((100 * pos) / answered) : null,
      };
    });
    const index: Partial<Record<SurveyArea, number | null>> = {};
    for (const area of Object.keys(SURVEY_AREAS) as SurveyArea[]) {
      const shares = questions.filter((q) => q.area === area && q.positiveShare !== null).map((q) => q.positiveShare!);
      if (questions.some((q) => q.area === area))
        index[area] = shares.length ? round1(shares.reduce((a, b) => a + b, 0) / shares.length) : null;
    }
    return { questions, index };
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Member {
  key: string;
  tally: Tally;
  /** Why it is hidden on its own (too few answers, too low a response rate), before protecting others. */
  ownReason?: HiddenReason;
}

/**
 * Decides which members of a total may be shown. A member with too few answers is hidden; and
 * since total − shown = hidden, the hidden ones together must also reach the threshold, or the
 * smallest shown members are hidden too until they do (or all are).
 */
export function suppress(
  members: Member[],
  minAnswers: number,
  alreadyHidden: Set<string> = new Set(),
): Map<string, HiddenReason | undefined> {
  const decision = new Map<string, HiddenReason | undefined>();
  for (const m of members)
    decision.set(
      m.key,
      m.ownReason ?? (m.tally.answers < minAnswers ? 'fewAnswers' : alreadyHidden.has(m.key) ? 'protectsOthers' : undefined),
    );
  const hiddenSum = () => members.filter((m) => decision.get(m.key)).reduce((sum, m) => sum + m.tally.answers, 0);
  const shown = () => members.filter((m) => !decision.get(m.key)).sort((a, b) => a.tally.answers - b.tally.answers);
  while (hiddenSum() > 0 && hiddenSum() < minAnswers && shown().length > 0) decision.set(shown()[0].key, 'protectsOthers');
  return decision;
}

export function groupResult(tally: Tally, reason: HiddenReason | undefined): GroupResult {
  if (reason) return { answers: tally.answers, shown: false, hiddenReason: reason };
  return { answers: tally.answers, shown: true, ...tally.result() };
}

export function responseRateReason(
  answers: number,
  students: number | undefined,
  config: Pick<SurveyConfig, 'minResponseRate'>,
): HiddenReason | undefined {
  if (!config.minResponseRate || !students) return undefined;
  return answers / students < config.minResponseRate ? 'lowResponseRate' : undefined;
}

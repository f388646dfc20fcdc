import { canSeeAllUnits } from '../../domain/access';
import { forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { KPI_CATALOGUE, trend } from '../../domain/key-figures';
import { DOCUMENT_STATUSES, FOLLOW_UP_STATUSES, type DocumentStatus, type FollowUpStatus } from '../../domain/plan';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { parseSchoolYear, previousSchoolYear } from '../../domain/school-year';
import { SUCCESS_FACTORS, type SuccessFactor } from '../../domain/success-factors';
import type { SurveyArea } from '../../domain/survey';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import type { ListItem, ListStore } from '../ports/list-store';
import type { Settings } from '../config/settings';
import type { StatisticsService } from './statistics';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyRound, SurveyService } from '../survey/surveys';
import { TldSummaries } from './overview-tld';
import { attendanceByUnit } from './overview-attendance';

const statusOf = (v: unknown): DocumentStatus => DOCUMENT_STATUSES.find((s) => s === v) ?? 'draft';
const parseList = (v: unknown): string[] => {
  try {
    return typeof v === 'string' && v ? (JSON.parse(v) as string[]) : [];
  } catch {
    return [];
  }
};

/** What the overview reads of an invitation (its answer per unit, and attendance.ts's join). */
const INVITATION_FIELDS = ['roundId', 'groupId', 'personId', 'role', 'unitIds', 'answer'];

/** Items by a key, in their order. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The first item for each key (what `find` would give). */
function firstBy<T>(items: T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/**
 * The organiser's view of every unit in one answer: documents, goal areas, follow-up freshness,
 * TLD indices with trend, key figures, board goals carried, success factors. One store round trip
 * for the year's documents (only the fields it shows); TLD from the summaries kept when a round
 * closes (see overview-tld.ts), so a first load does not read every answer.
 */
export class OrganiserOverview {
  private readonly tld: TldSummaries;

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly surveys: SurveyService,
    private readonly surveyResults: SurveyResults,
    private readonly statistics: StatisticsService,
    private readonly clock: Clock,
  ) {
    this.tld = new TldSummaries(store, surveys, surveyResults);
  }

  /** Sums up a round that has just closed, for every later first load. */
  roundClosed(round: SurveyRound): Promise<void> {
    return this.tld.roundClosed(round);
  }

  async get(actor: Actor, schoolYear: string) {
    if (!canSeeAllUnits(actor)) throw forbidden('Översikten över alla enheter är för huvudmannanivån.');
    const year = parseSchoolYear(schoolYear);
    const where = { schoolYear: year };
    const [[plans, areas, commitments, followUps, reports], units, config, rounds, stats] = await Promise.all([
      this.store.queryMany([
        { list: 'plans', where, select: ['planKey', 'status'] },
        { list: 'planGoalAreas', where, select: ['planKey', 'key', 'label', 'position'] },
        { list: 'commitments', where, select: ['planKey', 'boardGoalIds', 'successFactors'] },
        { list: 'followUps', where, select: ['commitmentId', 'date', 'status'] },
        { list: 'reports', where, select: ['unitId', 'status'] },
      ]),
      this.directory.allUnits(),
      this.settings.processConfig(),
      this.surveys.rounds(),
      this.statistics.all(),
    ]);
    const dialogueRounds = (await this.store.queryMany([{ list: 'dialogueRounds', where }]))[0];
    // The year's invitations and meeting records (attendance) in one round trip, joined in memory.
    const perRound = dialogueRounds.length
      ? await this.store.queryMany(
          dialogueRounds.flatMap((r) => [
            // Only what the answers and attendance columns use: not the notes, nor the calendar links' tokens.
            { list: 'dialogueInvitations', where: { roundId: r.id }, select: INVITATION_FIELDS },
            { list: 'dialogueMeetings', where: { roundId: r.id }, select: ['groupId', 'attendance'] },
          ]),
        )
      : [];
    const invitations = perRound.filter((_, i) => i % 2 === 0).flat();
    const attendance = attendanceByUnit(invitations, perRound.filter((_, i) => i % 2 === 1).flat());
    const relevantRounds = rounds.filter(
      (r) => r.status !== 'planned' && (r.schoolYear === year || r.schoolYear === previousSchoolYear(year)),
    );
    const results = await this.tld.forRounds(relevantRounds);
    const today = this.clock.today();

    // Joined in memory by maps (a 300-unit year: every invitation's units parsed once, not once per unit).
    const byPlanKey = <T extends ListItem>(items: T[]) => groupBy(items, (i) => String(i.fields.planKey));
    const planByKey = firstBy(plans, (p) => String(p.fields.planKey));
    const reportByUnit = firstBy(reports, (r) => String(r.fields.unitId));
    const figuresByUnitKpi = groupBy(stats.figures, (f) => `${f.unitId}|${f.kpiId}`);
    const principalAnswers = new Map<string, string[]>(); // round|unit → the principals' answers, in the store's order
    for (const i of invitations) {
      if (i.fields.role !== 'principal') continue;
      for (const unitId of new Set(parseList(i.fields.unitIds))) {
        const key = `${String(i.fields.roundId)}|${unitId}`;
        principalAnswers.set(key, [...(principalAnswers.get(key) ?? []), String(i.fields.answer)]);
      }
    }
    const areasByPlan = byPlanKey(areas);
    const commitmentsByPlan = byPlanKey(commitments);
    const latestFollowUp = new Map<string, ListItem>();
    for (const f of followUps) {
      const prior = latestFollowUp.get(String(f.fields.commitmentId));
      if (!prior || String(f.fields.date) >= String(prior.fields.date)) latestFollowUp.set(String(f.fields.commitmentId), f);
    }

    const boardGoalUnits = new Map(config.boardGoals.map((g) => [g.id, new Set<string>()]));
    const factorCounts = new Map<SuccessFactor, number>();
    const goalAreaLabels = new Map<string, string>();

    const rows = units.map((unit) => {
      const planKey = `${unit.id}|${year}`;
      const plan = planByKey.get(planKey);
      const report = reportByUnit.get(unit.id);
      const unitAreas = (areasByPlan.get(planKey) ?? []).sort((a, b) => Number(a.fields.position) - Number(b.fields.position));
      unitAreas.forEach((a) => goalAreaLabels.set(String(a.fields.key), String(a.fields.label)));
      const unitCommitments = commitmentsByPlan.get(planKey) ?? [];
      const byStatus: Record<FollowUpStatus | 'none', number> = { onTrack: 0, atRisk: 0, offTrack: 0, none: 0 };
      let lastFollowUp: string | null = null;
      for (const c of unitCommitments) {
        const f = latestFollowUp.get(c.id);
        const status = FOLLOW_UP_STATUSES.find((s) => s === f?.fields.status);
        byStatus[status ?? 'none'] += 1;
        if (f && (!lastFollowUp || String(f.fields.date) > lastFollowUp)) lastFollowUp = String(f.fields.date).slice(0, 10);
        for (const g of parseList(c.fields.boardGoalIds)) boardGoalUnits.get(g)?.add(unit.id);
        for (const sf of parseList(c.fields.successFactors) as SuccessFactor[])
          if (sf in SUCCESS_FACTORS) factorCounts.set(sf, (factorCounts.get(sf) ?? 0) + 1);
      }
      const tld = relevantRounds.map((round, i) => {
        const r = results[i].get(unit.id);
        return {
          roundId: round.id,
          label: round.label,
          answers: r?.answers ?? 0,
          responseRate: r?.responseRate ?? null,
          shown: r?.shown ?? false,
          index: r?.shown ? (r.index as Partial<Record<SurveyArea, number | null>>) : null,
        };
      });
      const keyFigures = KPI_CATALOGUE.filter((k) => k.schoolForms.includes(unit.schoolForm)).map((kpi) => {
        const values = (figuresByUnitKpi.get(`${unit.id}|${kpi.id}`) ?? []).map((f) => ({ year: f.year, value: f.value }));
        return { kpiId: kpi.id, label: kpi.label, hasData: values.length > 0, ...trend(values, kpi.higherIsBetter) };
      });
      // Dialogue attendance: the principals' answers for this unit, per round of the year.
      const dialogues = dialogueRounds.map((r) => {
        const mine = principalAnswers.get(`${r.id}|${unit.id}`) ?? [];
        const answer =
          mine.length === 0 ? 'notInvited' : (['accepted', 'otherTime', 'pending', 'declined'].find((a) => mine.includes(a)) ?? 'pending');
        return { roundId: r.id, kind: String(r.fields.kind), title: String(r.fields.title), answer };
      });
      return {
        unit: { id: unit.id, name: unit.name, schoolForm: unit.schoolForm, schoolFormLabel: SCHOOL_FORMS[unit.schoolForm] },
        dialogues,
        attendance: attendance.get(unit.id) ?? null,
        plan: plan
          ? {
              status: statusOf(plan.fields.status),
              goalAreas: unitAreas.map((a) => String(a.fields.key)),
              commitments: unitCommitments.length,
              byStatus,
            }
          : null,
        report: report ? { status: statusOf(report.fields.status) } : null,
        lastFollowUp,
        daysSinceFollowUp: lastFollowUp ? Math.round((Date.parse(today) - Date.parse(lastFollowUp)) / 86_400_000) : null,
        tld,
        keyFigures,
      };
    });

    return {
      schoolYear: year,
      units: rows,
      goalAreas: [...goalAreaLabels].map(([key, label]) => ({
        key,
        label,
        units: rows.filter((r) => r.plan?.goalAreas.includes(key)).length,
      })),
      boardGoals: config.boardGoals.map((g) => ({ ...g, unitIds: [...(boardGoalUnits.get(g.id) ?? [])] })),
      successFactors: Object.entries(SUCCESS_FACTORS).map(([key, label]) => ({
        key,
        label,
        commitments: factorCounts.get(key as SuccessFactor) ?? 0,
      })),
      rounds: relevantRounds.map((r) => ({ id: r.id, label: r.label, schoolYear: r.schoolYear })),
    };
  }
}

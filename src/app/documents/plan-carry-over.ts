import { withoutRetired } from '../../domain/board-goals';
import { definiteName } from '../../domain/document-names';
import { canEditUnitDocuments } from '../../domain/access';
import { forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { isUnfinished, latestFollowUp, type FollowUpStatus } from '../../domain/plan';
import type { ListEntry } from '../../domain/report';
import { curriculumOf } from '../../domain/school-forms';
import { parseSchoolYear, previousSchoolYear } from '../../domain/school-year';
import type { Directory } from '../directory/directory';
import type { CommitmentSeed, PlanDocument, PlanService } from './plans';
import type { ReportService } from './reports';
import type { Settings } from '../config/settings';

export interface CarryOverCandidates {
  previousYear: string;
  commitments: {
    id: string;
    goalAreaKey: string;
    goalAreaLabel: string;
    title: string;
    latestStatus: FollowUpStatus | null;
    /** Suggested because it is not finished: not on track at the last follow-up, or activities without outcome. */
    suggested: boolean;
  }[];
  developmentNeeds: (ListEntry & { index: number; goalAreaLabel: string })[];
  /** The catalogue and rules come along, so the tab can warn before a start the maximum would refuse. */
  goalAreaCatalogue: { key: string; label: string }[];
  rules: { maxGoalAreas: number; requiredGoalAreas: string[] };
}

export interface CarryOverChoice {
  commitmentIds: string[];
  developmentNeedIndexes: number[];
}

/** Starting a new year's plan from last year's: unfinished commitments and the report's development needs. */
export class PlanCarryOver {
  constructor(
    private readonly plans: PlanService,
    private readonly reports: ReportService,
    private readonly directory: Directory,
    private readonly settings: Settings,
  ) {}

  async candidates(actor: Actor, unitId: string, schoolYear: string): Promise<CarryOverCandidates> {
    if (!canEditUnitDocuments(actor, unitId)) throw forbidden('Bara enhetens rektor kan påbörja åtagandeplanen.');
    const previousYear = previousSchoolYear(parseSchoolYear(schoolYear));
    const unit = await this.directory.unit(unitId);
    const config = await this.settings.processConfig();
    const curriculum = curriculumOf(unit.schoolForm);
    const catalogue = config.goalAreas[curriculum];
    const [plan, report] = await Promise.all([this.plans.tree(unitId, previousYear), this.reports.get(actor, unitId, previousYear)]);
    const commitments = (plan?.goalAreas ?? []).flatMap((area) =>
      area.commitments.map((c) => ({
        id: c.id,
        goalAreaKey: area.key,
        goalAreaLabel: area.label,
        title: c.title,
        latestStatus: latestFollowUp(c)?.status ?? null,
        suggested: isUnfinished(c),
      })),
    );
    const needs = report?.report.content.developmentNeeds;
    const developmentNeeds = (Array.isArray(needs) ? needs : [])
      .map((n, index) => ({ ...n, index, goalAreaLabel: catalogue.find((d) => d.key === n.goalAreaKey)?.label ?? '' }))
      .filter((n) => n.text.trim() !== '');
    const rules = { maxGoalAreas: config.planRules.maxGoalAreas, requiredGoalAreas: config.planRules.requiredGoalAreas[curriculum] };
    return { previousYear, commitments, developmentNeeds, goalAreaCatalogue: catalogue, rules };
  }

  /** Starts the plan with what the principal chose to bring along. */
  async start(actor: Actor, unitId: string, schoolYear: string, choice: CarryOverChoice): Promise<PlanDocument> {
    if (choice.commitmentIds.length === 0 && choice.developmentNeedIndexes.length === 0) return this.plans.start(actor, unitId, schoolYear);
    const previousYear = previousSchoolYear(parseSchoolYear(schoolYear));
    const unit = await this.directory.unit(unitId);
    const config = await this.settings.processConfig();
    const curriculum = curriculumOf(unit.schoolForm);
    const fallbackArea = config.planRules.requiredGoalAreas[curriculum][0] ?? config.goalAreas[curriculum][0].key;
    const [plan, report] = await Promise.all([this.plans.tree(unitId, previousYear), this.reports.get(actor, unitId, previousYear)]);
    const seeds: CommitmentSeed[] = [];
    for (const area of plan?.goalAreas ?? []) {
      for (const c of area.commitments.filter((x) => choice.commitmentIds.includes(x.id))) {
        seeds.push({
          goalAreaKey: area.key,
          title: c.title,
          description: c.description,
          intendedEffects: c.intendedEffects,
          boardGoalIds: withoutRetired(c.boardGoalIds, config.boardGoals),
          successFactors: c.successFactors,
          activities: c.activities
            .filter((a) => a.outcome.trim() === '')
            .map((a) => ({ title: a.title, expectedResult: a.expectedResult })),
        });
      }
    }
    const needs = report?.report.content.developmentNeeds;
    for (const index of choice.developmentNeedIndexes) {
      const need = Array.isArray(needs) ? needs[index] : undefined;
      if (!need?.text.trim()) continue;
      const known = config.goalAreas[curriculum].some((d) => d.key === need.goalAreaKey);
      seeds.push({
        goalAreaKey: known ? need.goalAreaKey! : fallbackArea,
        title: need.text.slice(0, 255),
        description: `Utvecklingsbehov från ${definiteName(config.reportDefinition.label).the} ${previousYear}.`,
      });
    }
    return this.plans.start(actor, unitId, schoolYear, seeds);
  }
}

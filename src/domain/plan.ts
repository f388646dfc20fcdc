import { DomainError } from './errors';
import type { GoalAreaDefinition, PlanRules } from './process-config';
import type { Curriculum } from './school-forms';
import type { SchoolYear } from './school-year';
import type { SuccessFactor } from './success-factors';

import type { DocumentStatus } from './document-status';
export { DOCUMENT_STATUSES, type DocumentStatus } from './document-status';

export const FOLLOW_UP_STATUSES = ['onTrack', 'atRisk', 'offTrack'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  onTrack: 'Enligt plan',
  atRisk: 'Risk för avvikelse',
  offTrack: 'Avviker',
};

export interface FollowUp {
  id: string;
  commitmentId: string;
  date: string; // YYYY-MM-DD
  status: FollowUpStatus;
  note: string;
  authorId: string;
  authorName: string;
}

export interface Activity {
  id: string;
  commitmentId: string;
  title: string;
  expectedResult: string;
  outcome: string;
  position: number;
}

export interface Commitment {
  id: string;
  goalAreaId: string;
  title: string;
  description: string;
  intendedEffects: string;
  /** The board goals (nämndens mål) this commitment serves. */
  boardGoalIds: string[];
  /** Skolverket's success factors used as a lens. */
  successFactors: SuccessFactor[];
  position: number;
  activities: Activity[];
  followUps: FollowUp[];
}

export interface PlanGoalArea {
  id: string;
  key: string;
  label: string;
  required: boolean;
  position: number;
  commitments: Commitment[];
}

/** Åtagandeplan: one per unit and school year, an effect chain under prioritised goal areas. */
export interface CommitmentPlan {
  id: string;
  unitId: string;
  schoolYear: SchoolYear;
  status: DocumentStatus;
  goalAreas: PlanGoalArea[];
}

/**
 * A final plan keeps its structure (goal areas, commitments, activities); follow-ups and the
 * activities' outcomes go on all year, so those stay writable.
 */
export function assertEditable(plan: Pick<CommitmentPlan, 'status'>): void {
  if (plan.status === 'final') {
    throw new DomainError(
      'PLAN_NOT_EDITABLE',
      'Åtagandeplanen är fastställd. Uppföljningar och aktiviteternas resultat kan fortfarande skrivas, men inte planens innehåll.',
    );
  }
}

/** Which commitments of last year's plan to suggest carrying over: those not reported as on track at the last follow-up. */
export function isUnfinished(c: Commitment): boolean {
  const latest = latestFollowUp(c);
  return !latest || latest.status !== 'onTrack' || c.activities.some((a) => a.outcome.trim() === '');
}

/** The goal areas a new plan starts with: the required ones of the unit's curriculum. */
export function requiredGoalAreas(rules: PlanRules, curriculum: Curriculum, catalogue: GoalAreaDefinition[]) {
  return rules.requiredGoalAreas[curriculum]
    .map((key) => catalogue.find((d) => d.key === key))
    .filter((d): d is GoalAreaDefinition => d !== undefined);
}

export function assertCanAddGoalArea(
  plan: CommitmentPlan,
  key: string,
  rules: PlanRules,
  catalogue: GoalAreaDefinition[],
): GoalAreaDefinition {
  assertEditable(plan);
  const def = catalogue.find((d) => d.key === key);
  if (!def) {
    throw new DomainError('PLAN_UNKNOWN_GOAL_AREA', `Målområdet "${key}" finns inte för enhetens skolform.`);
  }
  if (plan.goalAreas.some((g) => g.key === key)) {
    throw new DomainError('PLAN_DUPLICATE_GOAL_AREA', `${def.label} är redan ett prioriterat målområde.`);
  }
  if (plan.goalAreas.length >= rules.maxGoalAreas) {
    throw new DomainError(
      'PLAN_MAX_GOAL_AREAS',
      `Högst ${rules.maxGoalAreas} övergripande målområden får prioriteras. Ta bort ett målområde innan du lägger till ${def.label}.`,
      { maxGoalAreas: rules.maxGoalAreas },
    );
  }
  return def;
}

export function assertCanRemoveGoalArea(plan: CommitmentPlan, goalAreaId: string, rules: PlanRules, curriculum: Curriculum) {
  assertEditable(plan);
  const area = findGoalArea(plan, goalAreaId);
  if (rules.requiredGoalAreas[curriculum].includes(area.key)) {
    throw new DomainError('PLAN_REQUIRED_GOAL_AREA', `${area.label} ska alltid vara ett prioriterat målområde och kan inte tas bort.`);
  }
  return area;
}

export function findGoalArea(plan: CommitmentPlan, goalAreaId: string): PlanGoalArea {
  const area = plan.goalAreas.find((g) => g.id === goalAreaId);
  if (!area) throw new DomainError('NOT_FOUND', 'Målområdet finns inte i åtagandeplanen.');
  return area;
}

export function findCommitment(plan: CommitmentPlan, commitmentId: string): Commitment {
  for (const area of plan.goalAreas) {
    const c = area.commitments.find((x) => x.id === commitmentId);
    if (c) return c;
  }
  throw new DomainError('NOT_FOUND', 'Åtagandet finns inte i åtagandeplanen.');
}

export function findActivity(plan: CommitmentPlan, activityId: string): Activity {
  for (const area of plan.goalAreas) {
    for (const c of area.commitments) {
      const a = c.activities.find((x) => x.id === activityId);
      if (a) return a;
    }
  }
  throw new DomainError('NOT_FOUND', 'Aktiviteten finns inte i åtagandeplanen.');
}

export function findFollowUp(plan: CommitmentPlan, followUpId: string): FollowUp {
  for (const area of plan.goalAreas) {
    for (const c of area.commitments) {
      const f = c.followUps.find((x) => x.id === followUpId);
      if (f) return f;
    }
  }
  throw new DomainError('NOT_FOUND', 'Uppföljningen finns inte i åtagandeplanen.');
}

export const nextPosition = (items: readonly { position: number }[]) => items.reduce((max, i) => Math.max(max, i.position), -1) + 1;

/** Latest follow-up of a commitment, by date then by creation order. */
export function latestFollowUp(c: Commitment): FollowUp | undefined {
  return [...c.followUps].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/** The plan as the tab and the card get it: the tree, what the reader may do, and the configuration it is edited by. */
import { canEditUnitDocuments } from '../../domain/access';
import { planCompleteness, type Completeness } from '../../domain/completeness';
import { availableTransitions, type Transition } from '../../domain/document-lifecycle';
import type { Actor } from '../../domain/identity';
import type { CommitmentPlan } from '../../domain/plan';
import type { ProcessConfig } from '../../domain/process-config';
import { curriculumOf, type Curriculum } from '../../domain/school-forms';
import type { SchoolUnit } from '../store/records';
import type { DocumentComment } from './comments';
import { DocumentConflictError } from './document-conflict';
import type { assemblePlan } from './plan-tree';

export interface PlanDocument {
  plan: CommitmentPlan;
  etag: string;
  modified: string;
  unit: SchoolUnit;
  canEdit: boolean;
  /** Follow-ups and outcomes can be written even when the plan is final. */
  canFollowUp: boolean;
  transitions: Transition[];
  /** What the plan may hold, from the organiser's configuration: goal areas of the unit's curriculum, board goals, rules. */
  goalAreaCatalogue: ProcessConfig['goalAreas'][Curriculum];
  boardGoals: ProcessConfig['boardGoals'];
  rules: { maxGoalAreas: number; requiredGoalAreas: string[] };
  /** The document's comments, when it was opened (read in the same round trip). */
  comments?: DocumentComment[];
  /** Progress per goal area ("klar"/"saknas") and what each status change waits for. */
  completeness: Completeness;
}

/** A stale write: carries the current document so the caller can show it and merge. */
export class PlanConflictError extends DocumentConflictError<PlanDocument> {
  constructor(current: PlanDocument) {
    super('Någon annan har ändrat åtagandeplanen sedan du öppnade den. Se den senaste versionen och gör din ändring igen.', current);
  }
}

export function planView(
  actor: Actor,
  unit: SchoolUnit,
  config: ProcessConfig,
  assembled: ReturnType<typeof assemblePlan>,
  comments: DocumentComment[],
): PlanDocument | undefined {
  if (!assembled) return undefined;
  const { plan, header } = assembled;
  const isPrincipal = canEditUnitDocuments(actor, unit.id);
  const curriculum = curriculumOf(unit.schoolForm);
  return {
    plan,
    etag: header.etag,
    modified: header.modified,
    unit,
    canEdit: isPrincipal && plan.status !== 'final',
    canFollowUp: isPrincipal,
    transitions: availableTransitions(plan.status, actor, unit.id, config.statusRules),
    goalAreaCatalogue: config.goalAreas[curriculum],
    boardGoals: config.boardGoals,
    rules: { maxGoalAreas: config.planRules.maxGoalAreas, requiredGoalAreas: config.planRules.requiredGoalAreas[curriculum] },
    completeness: planCompleteness(plan, comments),
  };
}

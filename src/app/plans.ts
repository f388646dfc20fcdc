import { canEditUnitDocuments, canReadUnit } from '../domain/access';
import { DomainError, forbidden } from '../domain/errors';
import type { Actor } from '../domain/identity';
import {
  assertCanAddGoalArea,
  assertCanRemoveGoalArea,
  assertEditable,
  findActivity,
  findCommitment,
  findGoalArea,
  nextPosition,
  requiredGoalAreas,
  type CommitmentPlan,
  type FollowUpStatus,
} from '../domain/plan';
import type { ProcessConfig } from '../domain/process-config';
import { curriculumOf, type Curriculum } from '../domain/school-forms';
import { parseSchoolYear } from '../domain/school-year';
import type { Clock } from './ports/clock';
import type { Directory } from './directory';
import type { ListName } from './list-schema';
import { ConflictError, type Fields, type ListStore } from './ports/list-store';
import { planKeyOf, toActivity, toCommitment, toFollowUp, toGoalArea, toPlanHeader, type PlanHeader, type SchoolUnit } from './records';
import type { Settings } from './settings';

export interface PlanDocument {
  plan: CommitmentPlan;
  etag: string;
  modified: string;
  unit: SchoolUnit;
  canEdit: boolean;
}

/** A stale write: carries the current document so the caller can show it and merge. */
export class PlanConflictError extends DomainError {
  constructor(readonly current: PlanDocument) {
    super('CONFLICT', 'Någon annan har ändrat åtagandeplanen sedan du öppnade den. Se den senaste versionen och gör din ändring igen.');
  }
}

type Change =
  | { op: 'create'; list: ListName; fields: Fields }
  | { op: 'update'; list: ListName; id: string; fields: Fields }
  | { op: 'delete'; list: ListName; id: string };

interface MutationContext {
  plan: CommitmentPlan;
  config: ProcessConfig;
  curriculum: Curriculum;
  actor: Actor;
  today: string;
}

export interface CommitmentInput {
  title: string;
  description?: string;
  intendedEffects?: string;
}
export interface ActivityInput {
  title: string;
  expectedResult?: string;
  outcome?: string;
}
export interface FollowUpInput {
  date?: string;
  status: FollowUpStatus;
  note: string;
}

/** Use cases of the Åtagandeplan. Every entry point (tab API, bot card) goes through here. */
export class PlanService {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  /** The plan tree in one round trip to the store; undefined when the plan is not started. */
  async get(actor: Actor, unitId: string, schoolYear: string): Promise<PlanDocument | undefined> {
    const unit = await this.directory.unit(unitId);
    if (!canReadUnit(actor, unitId)) throw forbidden('Du har inte behörighet att läsa den här enhetens dokument.');
    return this.load(actor, unit, parseSchoolYear(schoolYear));
  }

  async start(actor: Actor, unitId: string, schoolYear: string): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    this.assertCanEdit(actor, unitId);
    const existing = await this.load(actor, unit, year);
    if (existing) return existing;
    const config = await this.settings.processConfig();
    const planKey = planKeyOf(unitId, year);
    // The key makes two simultaneous starts create one plan, not two.
    await this.store.create('plans', { planKey, unitId, schoolYear: year, status: 'draft', modifiedById: actor.userId }, { key: `plan:${planKey}` });
    const curriculum = curriculumOf(unit.schoolForm);
    const required = requiredGoalAreas(config.planRules, curriculum, config.goalAreas[curriculum]);
    for (const [position, def] of required.entries()) {
      await this.store.create(
        'planGoalAreas',
        { planKey, key: def.key, label: def.label, required: true, position, modifiedById: actor.userId },
        { key: `goalArea:${planKey}:${def.key}` },
      );
    }
    return (await this.load(actor, unit, year))!;
  }

  addGoalArea(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, key: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, config, curriculum }) => {
      const def = assertCanAddGoalArea(plan, key, config.planRules, config.goalAreas[curriculum]);
      return [{ op: 'create', list: 'planGoalAreas', fields: { key: def.key, label: def.label, required: false, position: nextPosition(plan.goalAreas) } }];
    });
  }

  removeGoalArea(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, goalAreaId: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, config, curriculum }) => {
      const area = assertCanRemoveGoalArea(plan, goalAreaId, config.planRules, curriculum);
      return [
        ...area.commitments.flatMap((c) => commitmentRemoval(c)),
        { op: 'delete', list: 'planGoalAreas', id: area.id },
      ];
    });
  }

  addCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, goalAreaId: string, input: CommitmentInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      const area = findGoalArea(plan, goalAreaId);
      return [{ op: 'create', list: 'commitments', fields: { goalAreaId: area.id, ...commitmentFields(input), position: nextPosition(area.commitments) } }];
    });
  }

  updateCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: Partial<CommitmentInput>) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      const c = findCommitment(plan, commitmentId);
      return [{ op: 'update', list: 'commitments', id: c.id, fields: definedOnly(input) }];
    });
  }

  removeCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => commitmentRemoval(findCommitment(plan, commitmentId)));
  }

  addActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: ActivityInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      const c = findCommitment(plan, commitmentId);
      return [{ op: 'create', list: 'activities', fields: { commitmentId: c.id, title: input.title, expectedResult: input.expectedResult ?? '', outcome: input.outcome ?? '', position: nextPosition(c.activities) } }];
    });
  }

  updateActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, activityId: string, input: Partial<ActivityInput>) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      const a = findActivity(plan, activityId);
      return [{ op: 'update', list: 'activities', id: a.id, fields: definedOnly(input) }];
    });
  }

  removeActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, activityId: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => [{ op: 'delete', list: 'activities', id: findActivity(plan, activityId).id }]);
  }

  addFollowUp(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: FollowUpInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, actor: who, today }) => {
      const c = findCommitment(plan, commitmentId);
      return [{ op: 'create', list: 'followUps', fields: { commitmentId: c.id, date: input.date ?? today, status: input.status, note: input.note, authorId: who.userId, authorName: who.displayName } }];
    });
  }

  /**
   * Every write to a plan: read the tree, let the domain decide the changes, claim the plan's
   * version with If-Match (a stale claim answers with the current document), then write the parts.
   */
  private async mutate(actor: Actor, unitId: string, schoolYear: string, ifMatch: string | undefined, decide: (ctx: MutationContext) => Change[]): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    this.assertCanEdit(actor, unitId);
    if (!ifMatch) throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om planen och försök igen.');
    const current = await this.load(actor, unit, year);
    if (!current) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen är inte påbörjad.');
    if (current.etag !== ifMatch) throw new PlanConflictError(current);
    assertEditable(current.plan);
    const config = await this.settings.processConfig();
    const changes = decide({ plan: current.plan, config, curriculum: curriculumOf(unit.schoolForm), actor, today: this.clock.today() });
    try {
      await this.store.update('plans', current.plan.id, { modifiedById: actor.userId }, { ifMatch });
    } catch (e) {
      if (e instanceof ConflictError) throw new PlanConflictError((await this.load(actor, unit, year))!);
      throw e;
    }
    const planKey = planKeyOf(unitId, year);
    for (const change of changes) {
      if (change.op === 'create') await this.store.create(change.list, { planKey, ...change.fields, modifiedById: actor.userId });
      else if (change.op === 'update') await this.store.update(change.list, change.id, { ...change.fields, modifiedById: actor.userId });
      else await this.store.delete(change.list, change.id);
    }
    return (await this.load(actor, unit, year))!;
  }

  private assertCanEdit(actor: Actor, unitId: string) {
    if (!canEditUnitDocuments(actor, unitId)) {
      throw forbidden('Bara enhetens rektor kan ändra åtagandeplanen.');
    }
  }

  private async load(actor: Actor, unit: SchoolUnit, year: string): Promise<PlanDocument | undefined> {
    const where = { planKey: planKeyOf(unit.id, year) };
    const [plans, areas, commitments, activities, followUps] = await this.store.queryMany([
      { list: 'plans', where },
      { list: 'planGoalAreas', where },
      { list: 'commitments', where },
      { list: 'activities', where },
      { list: 'followUps', where },
    ]);
    if (plans.length === 0) return undefined;
    const header: PlanHeader = toPlanHeader(plans[0]);
    const byPosition = <T extends { position: number; id: string }>(a: T, b: T) => a.position - b.position || Number(a.id) - Number(b.id);
    const goalAreas = areas.map(toGoalArea).sort(byPosition);
    const commitmentList = commitments.map(toCommitment).sort(byPosition);
    for (const a of activities.map(toActivity).sort(byPosition)) commitmentList.find((c) => c.id === a.commitmentId)?.activities.push(a);
    for (const f of followUps.map(toFollowUp).sort((a, b) => a.date.localeCompare(b.date))) commitmentList.find((c) => c.id === f.commitmentId)?.followUps.push(f);
    for (const c of commitmentList) goalAreas.find((g) => g.id === c.goalAreaId)?.commitments.push(c);
    const plan: CommitmentPlan = { id: header.id, unitId: unit.id, schoolYear: year, status: header.status, goalAreas };
    return { plan, etag: header.etag, modified: header.modified, unit, canEdit: canEditUnitDocuments(actor, unit.id) && plan.status !== 'final' };
  }
}

function commitmentRemoval(c: CommitmentPlan['goalAreas'][number]['commitments'][number]): Change[] {
  return [
    ...c.activities.map((a): Change => ({ op: 'delete', list: 'activities', id: a.id })),
    ...c.followUps.map((f): Change => ({ op: 'delete', list: 'followUps', id: f.id })),
    { op: 'delete', list: 'commitments', id: c.id },
  ];
}

const commitmentFields = (input: CommitmentInput): Fields => ({
  title: input.title,
  description: input.description ?? '',
  intendedEffects: input.intendedEffects ?? '',
});

const definedOnly = (input: object): Fields =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Fields;

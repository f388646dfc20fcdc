import { canEditUnitDocuments, canReadUnit } from '../domain/access';
import { availableTransitions, decideTransition, DOCUMENT_STATUS_LABELS, type Transition } from '../domain/document-lifecycle';
import { planEntries } from '../domain/document-entries';
import { assertCompleteFor, planCompleteness, type Completeness } from '../domain/completeness';
import { DocumentConflictError } from './document-conflict';
import { DomainError, forbidden, notFound } from '../domain/errors';
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
import type { SuccessFactor } from '../domain/success-factors';
import { commentsFrom, commentsQuery, type Comments, type DocumentComment } from './comments';
import type { Directory } from './directory';
import type { DocumentRef } from './document-ref';
import type { ListName } from './list-schema';
import { assemblePlan, planQueries } from './plan-tree';
import type { Clock } from './ports/clock';
import { ConflictError, type Fields, type ListStore } from './ports/list-store';
import { planKeyOf, toUnit, type SchoolUnit } from './records';
import { Settings } from './settings';
import type { VersionHistory } from './versions';

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
  boardGoalIds?: string[];
  successFactors?: SuccessFactor[];
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

/** A commitment a new plan starts with: carried over from last year, or from last year's development needs. */
export interface CommitmentSeed extends CommitmentInput {
  goalAreaKey: string;
  activities?: ActivityInput[];
}

const planRef = (unitId: string, schoolYear: string): DocumentRef => ({ kind: 'plan', unitId, schoolYear });

/** Use cases of the Åtagandeplan. Every entry point (tab API, bot card) goes through here. */
export class PlanService {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly clock: Clock,
    private readonly versions: VersionHistory,
    private readonly comments: Comments,
  ) {}

  /** The unit, the configuration and the plan tree in one round trip to the store; undefined when not started. */
  async get(actor: Actor, unitId: string, schoolYear: string): Promise<PlanDocument | undefined> {
    const year = parseSchoolYear(schoolYear);
    if (!canReadUnit(actor, unitId)) throw forbidden('Du har inte behörighet att läsa den här enhetens dokument.');
    const [unitItems, settingsItems, commentItems, ...tree] = await this.store.queryMany([
      { list: 'units', id: unitId },
      Settings.processQuery,
      commentsQuery(planRef(unitId, year)),
      ...planQueries(unitId, year),
    ]);
    if (unitItems.length === 0) throw notFound('Enheten');
    const comments = commentsFrom(commentItems);
    const doc = this.view(actor, toUnit(unitItems[0]), this.settings.parseProcess(settingsItems), assemblePlan(unitId, year, tree), comments);
    return doc && { ...doc, comments };
  }

  /** The plan as it was read, without access checks: for use cases that already checked (the report). */
  async tree(unitId: string, schoolYear: string): Promise<CommitmentPlan | undefined> {
    const results = await this.store.queryMany(planQueries(unitId, parseSchoolYear(schoolYear)));
    return assemblePlan(unitId, parseSchoolYear(schoolYear), results)?.plan;
  }

  /** Starts the plan (idempotent): the required goal areas, and any commitments carried over. */
  async start(actor: Actor, unitId: string, schoolYear: string, seeds: CommitmentSeed[] = []): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    this.assertCanEdit(actor, unitId);
    const config = await this.settings.processConfig();
    const existing = await this.load(actor, unit, year, config);
    if (existing) return existing;

    const curriculum = curriculumOf(unit.schoolForm);
    const catalogue = config.goalAreas[curriculum];
    const areas = requiredGoalAreas(config.planRules, curriculum, catalogue);
    for (const key of new Set(seeds.map((s) => s.goalAreaKey))) {
      if (areas.some((a) => a.key === key)) continue;
      const draft: CommitmentPlan = { id: '', unitId, schoolYear: year, status: 'draft', goalAreas: areas.map((a, i) => ({ id: String(i), ...a, required: true, position: i, commitments: [] })) };
      areas.push(assertCanAddGoalArea(draft, key, config.planRules, catalogue));
    }

    const planKey = planKeyOf(unitId, year);
    // The keys make two simultaneous starts create one plan, not two.
    await this.store.create('plans', { planKey, unitId, schoolYear: year, status: 'draft', modifiedById: actor.userId }, { key: `plan:${planKey}` });
    const required = new Set(config.planRules.requiredGoalAreas[curriculum]);
    for (const [position, def] of areas.entries()) {
      const area = await this.store.create(
        'planGoalAreas',
        { planKey, schoolYear: year, key: def.key, label: def.label, required: required.has(def.key), position, modifiedById: actor.userId },
        { key: `goalArea:${planKey}:${def.key}` },
      );
      for (const [i, seed] of seeds.filter((s) => s.goalAreaKey === def.key).entries()) {
        const c = await this.store.create(
          'commitments',
          { planKey, schoolYear: year, goalAreaId: area.id, ...commitmentFields(seed), position: i, modifiedById: actor.userId },
          { key: `seed:${planKey}:${def.key}:${i}` },
        );
        for (const [j, a] of (seed.activities ?? []).entries()) {
          await this.store.create('activities', { planKey, commitmentId: c.id, title: a.title, expectedResult: a.expectedResult ?? '', outcome: '', position: j, modifiedById: actor.userId }, { key: `seed:${planKey}:${c.id}:${j}` });
        }
      }
    }
    const doc = (await this.load(actor, unit, year, config))!;
    await this.versions.record(planRef(unitId, year), actor, doc.plan.status, doc.plan, planEntries(doc.plan), 'Påbörjad');
    return doc;
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
      return [...area.commitments.flatMap((c) => commitmentRemoval(c)), { op: 'delete', list: 'planGoalAreas', id: area.id }];
    });
  }

  addCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, goalAreaId: string, input: CommitmentInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, config }) => {
      assertEditable(plan);
      assertKnownBoardGoals(input.boardGoalIds, config);
      const area = findGoalArea(plan, goalAreaId);
      return [{ op: 'create', list: 'commitments', fields: { goalAreaId: area.id, ...commitmentFields(input), position: nextPosition(area.commitments) } }];
    });
  }

  updateCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: Partial<CommitmentInput>) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, config }) => {
      assertEditable(plan);
      assertKnownBoardGoals(input.boardGoalIds, config);
      const c = findCommitment(plan, commitmentId);
      const { boardGoalIds, successFactors, ...texts } = input;
      const fields: Fields = definedOnly(texts);
      if (boardGoalIds) fields.boardGoalIds = JSON.stringify(boardGoalIds);
      if (successFactors) fields.successFactors = JSON.stringify(successFactors);
      return [{ op: 'update', list: 'commitments', id: c.id, fields }];
    });
  }

  removeCommitment(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      assertEditable(plan);
      return commitmentRemoval(findCommitment(plan, commitmentId));
    });
  }

  addActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: ActivityInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      assertEditable(plan);
      const c = findCommitment(plan, commitmentId);
      return [{ op: 'create', list: 'activities', fields: { commitmentId: c.id, title: input.title, expectedResult: input.expectedResult ?? '', outcome: input.outcome ?? '', position: nextPosition(c.activities) } }];
    });
  }

  updateActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, activityId: string, input: Partial<ActivityInput>) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      // The outcome is written during and after the year, also in a final plan.
      if (input.title !== undefined || input.expectedResult !== undefined) assertEditable(plan);
      return [{ op: 'update', list: 'activities', id: findActivity(plan, activityId).id, fields: definedOnly(input) }];
    });
  }

  removeActivity(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, activityId: string) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan }) => {
      assertEditable(plan);
      return [{ op: 'delete', list: 'activities', id: findActivity(plan, activityId).id }];
    });
  }

  addFollowUp(actor: Actor, unitId: string, year: string, ifMatch: string | undefined, commitmentId: string, input: FollowUpInput) {
    return this.mutate(actor, unitId, year, ifMatch, ({ plan, actor: who, today }) => {
      const c = findCommitment(plan, commitmentId);
      return [{ op: 'create', list: 'followUps', fields: { commitmentId: c.id, date: input.date ?? today, status: input.status, note: input.note, authorId: who.userId, authorName: who.displayName } }];
    });
  }

  /** Moves the plan between draft, ready for dialogue and final, by the configured rules. */
  async transition(actor: Actor, unitId: string, schoolYear: string, ifMatch: string | undefined, transition: Transition, comment?: string): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    if (!canReadUnit(actor, unitId)) throw forbidden();
    const config = await this.settings.processConfig();
    const current = await this.current(actor, unit, year, config, ifMatch);
    const status = decideTransition(transition, current.plan.status, actor, unitId, config.statusRules, comment);
    assertCompleteFor(transition, current.completeness, { kind: 'plan', label: config.planLabel });
    await this.claim(actor, unit, year, config, current, { status });
    if (transition === 'reopen' && comment) await this.comments.add(actor, planRef(unitId, year), { anchor: 'document', body: comment });
    const doc = (await this.load(actor, unit, year, config))!;
    await this.versions.record(planRef(unitId, year), actor, status, doc.plan, planEntries(doc.plan), DOCUMENT_STATUS_LABELS[status]);
    return doc;
  }

  /**
   * Every write to a plan: read the tree, let the domain decide the changes, claim the plan's
   * version with If-Match (a stale claim answers with the current document), write the parts,
   * and keep the result as a version.
   */
  private async mutate(actor: Actor, unitId: string, schoolYear: string, ifMatch: string | undefined, decide: (ctx: MutationContext) => Change[]): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    this.assertCanEdit(actor, unitId);
    const config = await this.settings.processConfig();
    const current = await this.current(actor, unit, year, config, ifMatch);
    const changes = decide({ plan: current.plan, config, curriculum: curriculumOf(unit.schoolForm), actor, today: this.clock.today() });
    await this.claim(actor, unit, year, config, current, {});
    const planKey = planKeyOf(unitId, year);
    for (const change of changes) {
      if (change.op === 'create') await this.store.create(change.list, { planKey, ...yearColumn(change.list, year), ...change.fields, modifiedById: actor.userId });
      else if (change.op === 'update') await this.store.update(change.list, change.id, { ...change.fields, modifiedById: actor.userId });
      else await this.store.delete(change.list, change.id);
    }
    const doc = (await this.load(actor, unit, year, config))!;
    await this.versions.record(planRef(unitId, year), actor, doc.plan.status, doc.plan, planEntries(doc.plan));
    return doc;
  }

  private async current(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig, ifMatch: string | undefined): Promise<PlanDocument> {
    if (!ifMatch) throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om planen och försök igen.');
    const current = await this.load(actor, unit, year, config);
    if (!current) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen är inte påbörjad.');
    if (current.etag !== ifMatch) throw new PlanConflictError(current);
    return current;
  }

  /** Claims the plan's next version; whoever claims second gets the conflict with the current document. */
  private async claim(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig, current: PlanDocument, fields: Fields) {
    try {
      await this.store.update('plans', current.plan.id, { ...fields, modifiedById: actor.userId }, { ifMatch: current.etag });
    } catch (e) {
      if (e instanceof ConflictError) throw new PlanConflictError((await this.load(actor, unit, year, config))!);
      throw e;
    }
  }

  private assertCanEdit(actor: Actor, unitId: string) {
    if (!canEditUnitDocuments(actor, unitId)) throw forbidden('Bara enhetens rektor kan ändra åtagandeplanen.');
  }

  private async load(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig): Promise<PlanDocument | undefined> {
    // The comments come in the same round trip: completeness needs to know which are unanswered.
    const [commentItems, ...tree] = await this.store.queryMany([commentsQuery(planRef(unit.id, year)), ...planQueries(unit.id, year)]);
    return this.view(actor, unit, config, assemblePlan(unit.id, year, tree), commentsFrom(commentItems));
  }

  private view(actor: Actor, unit: SchoolUnit, config: ProcessConfig, assembled: ReturnType<typeof assemblePlan>, comments: DocumentComment[]): PlanDocument | undefined {
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
}

function commitmentRemoval(c: CommitmentPlan['goalAreas'][number]['commitments'][number]): Change[] {
  return [
    ...c.activities.map((a): Change => ({ op: 'delete', list: 'activities', id: a.id })),
    ...c.followUps.map((f): Change => ({ op: 'delete', list: 'followUps', id: f.id })),
    { op: 'delete', list: 'commitments', id: c.id },
  ];
}

function assertKnownBoardGoals(ids: string[] | undefined, config: ProcessConfig) {
  const unknown = (ids ?? []).filter((id) => !config.boardGoals.some((g) => g.id === id));
  if (unknown.length) throw new DomainError('VALIDATION_FAILED', `Nämndsmålet finns inte: ${unknown.join(', ')}.`);
}

const commitmentFields = (input: CommitmentInput): Fields => ({
  title: input.title,
  description: input.description ?? '',
  intendedEffects: input.intendedEffects ?? '',
  boardGoalIds: JSON.stringify(input.boardGoalIds ?? []),
  successFactors: JSON.stringify(input.successFactors ?? []),
});

/** The lists the organiser's overview reads by school year carry it as a column. */
const yearColumn = (list: ListName, schoolYear: string): Fields => (['planGoalAreas', 'commitments', 'followUps'].includes(list) ? { schoolYear } : {});

const definedOnly = (input: object): Fields => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Fields;

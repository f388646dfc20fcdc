import { canEditUnitDocuments, canReadUnit } from '../../domain/access';
import { decideTransition, DOCUMENT_STATUS_LABELS, type Transition } from '../../domain/document-lifecycle';
import { planEntries } from '../../domain/document-entries';
import { assertCompleteFor } from '../../domain/completeness';
import { planView, PlanConflictError, type PlanDocument } from './plan-document';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { assertCanAddGoalArea, requiredGoalAreas, type CommitmentPlan } from '../../domain/plan';
import type { ProcessConfig } from '../../domain/process-config';
import { curriculumOf } from '../../domain/school-forms';
import { parseSchoolYear } from '../../domain/school-year';
import { commentsFrom, commentsQuery, type Comments, type DocumentComment } from './comments';
import type { Directory } from '../directory/directory';
import type { DocumentRef } from './document-ref';
import { DocumentCommits, type PartChange } from './document-commit';
import { assemblePlan, planDocument, PLAN_PART_LISTS } from './plan-tree';
import type { Clock } from '../ports/clock';
import { ConflictError, type Fields, type ListItem, type ListStore } from '../ports/list-store';
import { planKeyOf, toUnit, type SchoolUnit } from '../store/records';
import { Settings } from '../config/settings';
import type { VersionHistory } from './versions';
import { noDocumentEvents, transitionEvent, type DocumentEventSink } from './document-events';

import {
  yearColumn,
  type ActivityInput,
  type CommitmentInput,
  type CommitmentSeed,
  type FollowUpInput,
  type MutationContext,
} from './plan-edits';
import {
  addActivityChanges,
  addCommitmentChanges,
  addFollowUpChanges,
  addGoalAreaChanges,
  removeActivityChanges,
  removeCommitmentChanges,
  removeGoalAreaChanges,
  startChanges,
  updateActivityChanges,
  updateCommitmentChanges,
} from './plan-writes';

export type { ActivityInput, CommitmentInput, CommitmentSeed, FollowUpInput } from './plan-edits';
export { PlanConflictError, type PlanDocument } from './plan-document';

type Change = PartChange;

const planRef = (unitId: string, schoolYear: string): DocumentRef => ({ kind: 'plan', unitId, schoolYear });

/**
 * Use cases of the Åtagandeplan. Every entry point (tab API, bot card) goes through here.
 * Every write of a plan is one atomic document write (DocumentCommits): it lands whole with a new
 * ETag or not at all, and every read sees one committed version.
 */
export class PlanService {
  private readonly commits: DocumentCommits;
  /** Told when the plan is returned or finalised (document-notices.ts). */
  onEvent: DocumentEventSink = noDocumentEvents;

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly clock: Clock,
    private readonly versions: VersionHistory,
    private readonly comments: Comments,
  ) {
    this.commits = new DocumentCommits(store);
  }

  /** The unit, the configuration and the plan tree in one round trip to the store; undefined when not started. */
  async get(actor: Actor, unitId: string, schoolYear: string): Promise<PlanDocument | undefined> {
    const year = parseSchoolYear(schoolYear);
    if (!canReadUnit(actor, unitId)) throw forbidden('Du har inte behörighet att läsa den här enhetens dokument.');
    const {
      docs: [tree],
      extras: [unitItems, settingsItems, commentItems],
    } = await this.commits.read(
      [planDocument(unitId, year)],
      [{ list: 'units', id: unitId }, Settings.processQuery, commentsQuery(planRef(unitId, year))],
    );
    if (unitItems.length === 0) throw notFound('Enheten');
    const comments = commentsFrom(commentItems);
    const doc = planView(
      actor,
      toUnit(unitItems[0]),
      this.settings.parseProcess(settingsItems),
      assemblePlan(unitId, year, tree),
      comments,
    );
    return doc && { ...doc, comments };
  }

  /** The plan as it was read, without access checks: for use cases that already checked (the report). */
  async tree(unitId: string, schoolYear: string): Promise<CommitmentPlan | undefined> {
    const { docs } = await this.commits.read([planDocument(unitId, parseSchoolYear(schoolYear))]);
    return assemblePlan(unitId, parseSchoolYear(schoolYear), docs[0])?.plan;
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
      const draft: CommitmentPlan = {
        id: '',
        unitId,
        schoolYear: year,
        status: 'draft',
        goalAreas: areas.map((a, i) => ({ id: String(i), ...a, required: true, position: i, commitments: [] })),
      };
      areas.push(assertCanAddGoalArea(draft, key, config.planRules, catalogue));
    }

    const planKey = planKeyOf(unitId, year);
    // The whole tree is one change set stored with the header, so a start lands whole; the key
    // makes two simultaneous starts create one plan, not two.
    const required = new Set(config.planRules.requiredGoalAreas[curriculum]);
    const parts = startChanges(planKey, year, areas, required, seeds);
    const header = await this.store.create(
      'plans',
      { planKey, unitId, schoolYear: year, status: 'draft', modifiedById: actor.userId, ...this.commits.startFields(parts, actor) },
      { key: `plan:${planKey}` },
    );
    await this.commits.finishStart('plans', header);
    const doc = (await this.load(actor, unit, year, config))!;
    await this.versions.record(planRef(unitId, year), actor, doc.plan.status, doc.plan, planEntries(doc.plan), 'Påbörjad');
    return doc;
  }

  addGoalArea(actor: Actor, unitId: string, year: string, ifMatch: string, key: string) {
    return this.mutate(actor, unitId, year, ifMatch, addGoalAreaChanges(key));
  }

  removeGoalArea(actor: Actor, unitId: string, year: string, ifMatch: string, goalAreaId: string) {
    return this.mutate(actor, unitId, year, ifMatch, removeGoalAreaChanges(goalAreaId));
  }

  addCommitment(actor: Actor, unitId: string, year: string, ifMatch: string, goalAreaId: string, input: CommitmentInput) {
    return this.mutate(actor, unitId, year, ifMatch, addCommitmentChanges(goalAreaId, input));
  }

  updateCommitment(actor: Actor, unitId: string, year: string, ifMatch: string, commitmentId: string, input: Partial<CommitmentInput>) {
    return this.mutate(actor, unitId, year, ifMatch, updateCommitmentChanges(commitmentId, input));
  }

  removeCommitment(actor: Actor, unitId: string, year: string, ifMatch: string, commitmentId: string) {
    return this.mutate(actor, unitId, year, ifMatch, removeCommitmentChanges(commitmentId));
  }

  addActivity(actor: Actor, unitId: string, year: string, ifMatch: string, commitmentId: string, input: ActivityInput) {
    return this.mutate(actor, unitId, year, ifMatch, addActivityChanges(commitmentId, input));
  }

  updateActivity(actor: Actor, unitId: string, year: string, ifMatch: string, activityId: string, input: Partial<ActivityInput>) {
    return this.mutate(actor, unitId, year, ifMatch, updateActivityChanges(activityId, input));
  }

  removeActivity(actor: Actor, unitId: string, year: string, ifMatch: string, activityId: string) {
    return this.mutate(actor, unitId, year, ifMatch, removeActivityChanges(activityId));
  }

  addFollowUp(actor: Actor, unitId: string, year: string, ifMatch: string, commitmentId: string, input: FollowUpInput) {
    return this.mutate(actor, unitId, year, ifMatch, addFollowUpChanges(commitmentId, input));
  }

  /** Moves the plan between draft, ready for dialogue and final, by the configured rules. */
  async transition(
    actor: Actor,
    unitId: string,
    schoolYear: string,
    ifMatch: string,
    transition: Transition,
    comment?: string,
  ): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    if (!canReadUnit(actor, unitId)) throw forbidden();
    const config = await this.settings.processConfig();
    const { doc: current, raw, comments } = await this.current(actor, unit, year, config, ifMatch);
    const status = decideTransition(transition, current.plan.status, actor, unitId, config.statusRules, comment);
    assertCompleteFor(transition, current.completeness, { kind: 'plan', label: config.planLabel });
    const { doc, written } = await this.write(actor, unit, year, config, raw, comments, [], { status });
    const returned =
      transition === 'reopen' && comment
        ? await this.comments.add(actor, planRef(unitId, year), { anchor: 'document', body: comment }, { quiet: true })
        : undefined;
    await this.versions.record(
      planRef(unitId, year),
      actor,
      status,
      written.plan,
      planEntries(written.plan),
      DOCUMENT_STATUS_LABELS[status],
    );
    const event = transitionEvent(transition, planRef(unitId, year), actor, ifMatch, returned?.id);
    if (event) await this.onEvent(event);
    return doc;
  }

  /**
   * Every write to a plan: read the tree, let the domain decide the changes, and write them as one
   * document write (claimed with If-Match: a stale write answers with the current document);
   * the version kept is the plan exactly as this write left it.
   */
  private async mutate(
    actor: Actor,
    unitId: string,
    schoolYear: string,
    ifMatch: string,
    decide: (ctx: MutationContext) => Change[],
  ): Promise<PlanDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    this.assertCanEdit(actor, unitId);
    const config = await this.settings.processConfig();
    const { doc: current, raw, comments } = await this.current(actor, unit, year, config, ifMatch);
    const changes = decide({ plan: current.plan, config, curriculum: curriculumOf(unit.schoolForm), actor, today: this.clock.today() });
    const planKey = planKeyOf(unitId, year);
    const withKeys = changes.map((c): Change =>
      c.op === 'create' ? { ...c, fields: { planKey, ...yearColumn(c.list, year), ...c.fields } } : c,
    );
    const { doc, written } = await this.write(actor, unit, year, config, raw, comments, withKeys, {});
    await this.versions.record(planRef(unitId, year), actor, written.plan.status, written.plan, planEntries(written.plan));
    return doc;
  }

  private async current(
    actor: Actor,
    unit: SchoolUnit,
    year: string,
    config: ProcessConfig,
    ifMatch: string,
  ): Promise<{ doc: PlanDocument; raw: ListItem[][]; comments: DocumentComment[] }> {
    const { raw, comments } = await this.readRaw(unit.id, year);
    const current = planView(actor, unit, config, assemblePlan(unit.id, year, raw), comments);
    if (!current) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen är inte påbörjad.');
    if (current.etag !== ifMatch) throw new PlanConflictError(current);
    return { doc: current, raw, comments };
  }

  /** Writes one change of the plan; whoever claims second gets the conflict with the current document. */
  private async write(
    actor: Actor,
    unit: SchoolUnit,
    year: string,
    config: ProcessConfig,
    raw: ListItem[][],
    comments: DocumentComment[],
    changes: Change[],
    header: Fields,
  ) {
    try {
      const result = await this.commits.write('plans', raw, [...PLAN_PART_LISTS], changes, header, actor);
      const written = assemblePlan(unit.id, year, result.after)!;
      const doc = result.header ? planView(actor, unit, config, written, comments)! : (await this.load(actor, unit, year, config))!;
      return { doc, written };
    } catch (e) {
      if (e instanceof ConflictError) throw new PlanConflictError((await this.load(actor, unit, year, config))!);
      throw e;
    }
  }

  private assertCanEdit(actor: Actor, unitId: string) {
    if (!canEditUnitDocuments(actor, unitId)) throw forbidden('Bara enhetens rektor kan ändra åtagandeplanen.');
  }

  private async load(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig): Promise<PlanDocument | undefined> {
    const { raw, comments } = await this.readRaw(unit.id, year);
    return planView(actor, unit, config, assemblePlan(unit.id, year, raw), comments);
  }

  /** The plan's committed parts and, in the same round trip, its comments (completeness needs the unanswered ones). */
  private async readRaw(unitId: string, year: string): Promise<{ raw: ListItem[][]; comments: DocumentComment[] }> {
    const { docs, extras } = await this.commits.read([planDocument(unitId, year)], [commentsQuery(planRef(unitId, year))]);
    return { raw: docs[0], comments: commentsFrom(extras[0]) };
  }
}

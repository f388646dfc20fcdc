import { canEditUnitDocuments, canReadUnit } from '../../domain/access';
import { availableTransitions, decideTransition, DOCUMENT_STATUS_LABELS, type Transition } from '../../domain/document-lifecycle';
import { reportEntries } from '../../domain/document-entries';
import { assertCompleteFor, reportCompleteness, withoutBlankEntries, type Completeness } from '../../domain/completeness';
import { DocumentConflictError } from './document-conflict';
import { definiteName } from '../../domain/document-names';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { DOCUMENT_STATUSES, type CommitmentPlan } from '../../domain/plan';
import type { ProcessConfig } from '../../domain/process-config';
import { checkSectionValue, definitionFor, missingRequired, type ReportDefinition, type YearReport } from '../../domain/report';
import { parseSchoolYear } from '../../domain/school-year';
import { KNOWN_DEFINITIONS } from '../../domain/presets';
import { commentsFrom, commentsQuery, type Comments, type DocumentComment } from './comments';
import type { Directory } from '../directory/directory';
import { docKeyOf, type DocumentRef } from './document-ref';
import { DocumentCommits, type DocumentQuery, type PartChange } from './document-commit';
import { assemblePlan, planDocument } from './plan-tree';
import { ConflictError, type Fields, type ListItem, type ListStore } from '../ports/list-store';
import type { SchoolUnit } from '../store/records';
import { contentOf, sectionChanges, type SectionUpdate } from './sectioned-content';

export type { SectionUpdate };
import type { Settings } from '../config/settings';
import type { VersionHistory } from './versions';
import { noDocumentEvents, transitionEvent, type DocumentEventSink } from './document-events';

export interface ReportDocument {
  report: YearReport;
  etag: string;
  modified: string;
  unit: SchoolUnit;
  definition: ReportDefinition;
  /** The same year's plan the report is built from (its commitments, effects, activities, follow-ups). */
  plan: CommitmentPlan | undefined;
  /** Required sections still empty, by label. */
  missing: string[];
  canEdit: boolean;
  transitions: Transition[];
  comments: DocumentComment[];
  /** Progress per section ("klar"/"saknas") and what each status change waits for. */
  completeness: Completeness;
}

export class ReportConflictError extends DocumentConflictError<ReportDocument> {
  constructor(current: ReportDocument) {
    super(
      `Någon annan har ändrat ${definiteName(current.definition.label).the} sedan du öppnade den. Se den senaste versionen och gör din ändring igen.`,
      current,
    );
  }
}

const reportRef = (unitId: string, schoolYear: string): DocumentRef => ({ kind: 'report', unitId, schoolYear });

/** A sectioned document (a unit's report, the organiser's follow-up) as one document: header and sections. */
export function sectionedDocument(ref: DocumentRef): DocumentQuery {
  const docKey = docKeyOf(ref);
  return { header: { list: 'reports', where: { docKey } }, parts: [{ list: 'reportSections', where: { docKey } }] };
}

/**
 * Use cases of the unit's year report (Läsårsrapport under 2024; the preset names it): built from the year's plan, written per section, analysed by quality dimension.
 * A write of the report is one atomic document write (DocumentCommits), like the plan's.
 */
export class ReportService {
  private readonly commits: DocumentCommits;
  /** Told when the report is returned or finalised (document-notices.ts). */
  onEvent: DocumentEventSink = noDocumentEvents;

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly versions: VersionHistory,
    private readonly comments: Comments,
  ) {
    this.commits = new DocumentCommits(store);
  }

  async get(actor: Actor, unitId: string, schoolYear: string): Promise<ReportDocument | undefined> {
    const unit = await this.directory.unit(unitId);
    if (!canReadUnit(actor, unitId)) throw forbidden('Du har inte behörighet att läsa den här enhetens dokument.');
    return this.load(actor, unit, parseSchoolYear(schoolYear), await this.settings.processConfig());
  }

  /** The started report, or REPORT_NOT_STARTED in the preset's words. */
  async started(actor: Actor, unitId: string, schoolYear: string): Promise<ReportDocument> {
    const doc = await this.get(actor, unitId, schoolYear);
    if (!doc) throw new DomainError('REPORT_NOT_STARTED', `${(await this.name()).The} för läsåret är inte påbörjad.`);
    return doc;
  }

  /** The current preset's report in running text: "läsårsrapporten", "verksamhetsuppföljningen". */
  async name(): Promise<{ the: string; The: string }> {
    return definiteName((await this.settings.processConfig()).reportDefinition.label);
  }

  async start(actor: Actor, unitId: string, schoolYear: string): Promise<ReportDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    const config = await this.settings.processConfig();
    this.assertCanEdit(actor, unitId, config);
    const existing = await this.load(actor, unit, year, config);
    if (existing) return existing;
    const ref = reportRef(unitId, year);
    await this.store.create(
      'reports',
      {
        docKey: docKeyOf(ref),
        unitId,
        schoolYear: year,
        type: config.reportDefinition.type,
        status: 'draft',
        modifiedById: actor.userId,
        manifest: '{}',
      },
      { key: `report:${docKeyOf(ref)}` },
    );
    const doc = (await this.load(actor, unit, year, config))!;
    await this.versions.record(ref, actor, 'draft', doc.report, reportEntries(doc.definition, doc.report, doc.plan), 'Påbörjad');
    return doc;
  }

  /** Writes one or more fields (autosave sends what changed); all are checked before anything is written. */
  async write(actor: Actor, unitId: string, schoolYear: string, ifMatch: string, updates: SectionUpdate[]): Promise<ReportDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    const config = await this.settings.processConfig();
    this.assertCanEdit(actor, unitId, config);
    const { current, loaded } = await this.current(actor, unit, year, config, ifMatch);
    if (current.report.status === 'final')
      throw new DomainError(
        'DOCUMENT_NOT_EDITABLE',
        `${definiteName(current.definition.label).The} är fastställd och kan inte längre ändras.`,
      );
    for (const u of updates) checkSectionValue(current.definition, current.plan, u);
    // A list item with no text (an empty development need) is not kept.
    updates = updates.map((u) => (Array.isArray(u.value) ? { ...u, value: withoutBlankEntries(u.value) } : u));
    const ref = reportRef(unitId, year);
    const changes = sectionChanges(loaded.raw[1], updates, { docKey: docKeyOf(ref), schoolYear: year });
    const { doc, written } = await this.commit(actor, unit, year, config, loaded, changes, {});
    await this.versions.record(
      ref,
      actor,
      written.report.status,
      written.report,
      reportEntries(written.definition, written.report, written.plan),
    );
    return doc;
  }

  async transition(
    actor: Actor,
    unitId: string,
    schoolYear: string,
    ifMatch: string,
    transition: Transition,
    comment?: string,
  ): Promise<ReportDocument> {
    const unit = await this.directory.unit(unitId);
    const year = parseSchoolYear(schoolYear);
    if (!canReadUnit(actor, unitId)) throw forbidden();
    const config = await this.settings.processConfig();
    const { current, loaded } = await this.current(actor, unit, year, config, ifMatch);
    const status = decideTransition(transition, current.report.status, actor, unitId, config.statusRules, comment);
    assertCompleteFor(transition, current.completeness, { kind: 'report', label: current.definition.label });
    const { doc, written } = await this.commit(actor, unit, year, config, loaded, [], { status });
    const ref = reportRef(unitId, year);
    const returned =
      transition === 'reopen' && comment
        ? await this.comments.add(actor, ref, { anchor: 'document', body: comment }, { quiet: true })
        : undefined;
    await this.versions.record(
      ref,
      actor,
      status,
      written.report,
      reportEntries(written.definition, written.report, written.plan),
      DOCUMENT_STATUS_LABELS[status],
    );
    const event = transitionEvent(transition, ref, actor, ifMatch, returned?.id);
    if (event) await this.onEvent(event);
    return doc;
  }

  entriesOf(doc: ReportDocument) {
    return reportEntries(doc.definition, doc.report, doc.plan);
  }

  private async current(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig, ifMatch: string) {
    const loaded = await this.read(actor, unit, year, config);
    if (!loaded) throw new DomainError('REPORT_NOT_STARTED', `${definiteName(config.reportDefinition.label).The} är inte påbörjad.`);
    if (loaded.doc.etag !== ifMatch) throw new ReportConflictError(loaded.doc);
    return { current: loaded.doc, loaded };
  }

  /** One write of the report; whoever claims second gets the conflict with the current document. */
  private async commit(
    actor: Actor,
    unit: SchoolUnit,
    year: string,
    config: ProcessConfig,
    loaded: NonNullable<Awaited<ReturnType<ReportService['read']>>>,
    changes: PartChange[],
    header: Fields,
  ) {
    try {
      const result = await this.commits.write('reports', loaded.raw, ['reportSections'], changes, header, actor);
      const written = this.build(actor, unit, year, config, result.after, loaded.planRaw, loaded.commentItems);
      const doc = result.header ? written : (await this.load(actor, unit, year, config))!;
      return { doc, written };
    } catch (e) {
      if (e instanceof ConflictError) throw new ReportConflictError((await this.load(actor, unit, year, config))!);
      throw e;
    }
  }

  private assertCanEdit(actor: Actor, unitId: string, config: ProcessConfig) {
    if (!canEditUnitDocuments(actor, unitId))
      throw forbidden(`Bara enhetens rektor kan ändra ${definiteName(config.reportDefinition.label).the}.`);
  }

  private async load(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig) {
    return (await this.read(actor, unit, year, config))?.doc;
  }

  /** The report, its sections and the year's plan: seven queries, one round trip (each document read whole). */
  private async read(actor: Actor, unit: SchoolUnit, year: string, config: ProcessConfig) {
    const {
      docs: [raw, planRaw],
      extras: [commentItems],
    } = await this.commits.read(
      [sectionedDocument(reportRef(unit.id, year)), planDocument(unit.id, year)],
      [commentsQuery(reportRef(unit.id, year))],
    );
    if (raw[0].length === 0) return undefined;
    return { doc: this.build(actor, unit, year, config, raw, planRaw, commentItems), raw, planRaw, commentItems };
  }

  private build(
    actor: Actor,
    unit: SchoolUnit,
    year: string,
    config: ProcessConfig,
    [[header], sections]: ListItem[][],
    planRaw: ListItem[][],
    commentItems: ListItem[],
  ): ReportDocument {
    const status = DOCUMENT_STATUSES.find((s) => s === header.fields.status) ?? 'draft';
    // A report keeps the definition it was written with, even if the organiser's configuration moved on.
    const definition = definitionFor(String(header.fields.type), [config.reportDefinition], KNOWN_DEFINITIONS) ?? config.reportDefinition;
    const report: YearReport = {
      id: header.id,
      unitId: unit.id,
      schoolYear: year,
      type: String(header.fields.type),
      status,
      content: contentOf(definition, sections),
    };
    const plan = assemblePlan(unit.id, year, planRaw)?.plan;
    const comments = commentsFrom(commentItems);
    return {
      report,
      etag: header.etag,
      modified: header.modified,
      unit,
      definition,
      plan,
      missing: missingRequired(definition, report.content),
      canEdit: canEditUnitDocuments(actor, unit.id) && status !== 'final',
      transitions: availableTransitions(status, actor, unit.id, config.statusRules),
      comments,
      completeness: reportCompleteness(definition, report.content, plan, comments),
    };
  }
}

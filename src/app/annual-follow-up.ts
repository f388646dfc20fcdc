import { canSeeAllUnits } from '../domain/access';
import { availableTransitions, decideTransition, DOCUMENT_STATUS_LABELS, type StatusRules, type Transition } from '../domain/document-lifecycle';
import { reportEntries } from '../domain/document-entries';
import { DocumentConflictError } from './document-conflict';
import { DomainError, forbidden } from '../domain/errors';
import type { Actor } from '../domain/identity';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../domain/plan';
import { assertCompleteForDialogue, checkSectionValue, definitionFor, missingRequired, type ReportContent, type ReportDefinition } from '../domain/report';
import { parseSchoolYear } from '../domain/school-year';
import type { AnnualAggregates, GeneratedTable } from './annual-aggregates';
import { KNOWN_DEFINITIONS } from '../domain/presets';
import type { Comments } from './comments';
import { docKeyOf, type DocumentRef } from './document-ref';
import { ConflictError, type ListStore } from './ports/list-store';
import { contentOf, writeSections, type SectionUpdate } from './sectioned-content';
import type { Settings } from './settings';
import type { VersionHistory } from './versions';

export const ORGANISER_SCOPE = 'organiser';

export interface AnnualDocument {
  document: { id: string; schoolYear: string; status: DocumentStatus; content: ReportContent };
  etag: string;
  modified: string;
  definition: ReportDefinition;
  /** The sections the app writes from the units, by section key. */
  generated: Record<string, GeneratedTable>;
  missing: string[];
  canEdit: boolean;
  transitions: Transition[];
}

export class AnnualConflictError extends DocumentConflictError<AnnualDocument> {
  constructor(current: AnnualDocument) {
    super('Någon annan har ändrat verksamhetsuppföljningen sedan du öppnade den. Se den senaste versionen och gör din ändring igen.', current);
  }
}

/** The organiser writes, readies and finalises its own document. */
const ORGANISER_RULES: StatusRules = { ready: ['organiser'], finalise: ['organiser'], reopen: ['organiser'] };
const ref = (schoolYear: string): DocumentRef => ({ kind: 'annual', unitId: ORGANISER_SCOPE, schoolYear });
const isOrganiser = (a: Actor) => a.appRoles.includes('organiser');

/** Huvudmannens verksamhetsuppföljning: built from every unit, with the organiser's own analysis and priorities. */
export class AnnualFollowUpService {
  constructor(
    private readonly store: ListStore,
    private readonly aggregates: AnnualAggregates,
    private readonly versions: VersionHistory,
    private readonly comments: Comments,
    private readonly settings: Settings,
  ) {}

  async get(actor: Actor, schoolYear: string): Promise<AnnualDocument | undefined> {
    if (!canSeeAllUnits(actor)) throw forbidden('Verksamhetsuppföljningen läses på huvudmannanivån; nämnden läser den publicerade versionen.');
    return (await this.read(actor, parseSchoolYear(schoolYear)))?.doc;
  }

  async start(actor: Actor, schoolYear: string): Promise<AnnualDocument> {
    this.assertWriter(actor);
    const year = parseSchoolYear(schoolYear);
    const existing = await this.read(actor, year);
    if (existing) return existing.doc;
    const { annualDefinition } = await this.settings.processConfig();
    await this.store.create(
      'reports',
      { docKey: docKeyOf(ref(year)), unitId: ORGANISER_SCOPE, schoolYear: year, type: annualDefinition.type, status: 'draft', modifiedById: actor.userId },
      { key: `report:${docKeyOf(ref(year))}` },
    );
    const doc = (await this.read(actor, year))!.doc;
    await this.versions.record(ref(year), actor, 'draft', doc.document, this.entries(doc), 'Påbörjad');
    return doc;
  }

  async write(actor: Actor, schoolYear: string, ifMatch: string | undefined, updates: SectionUpdate[]): Promise<AnnualDocument> {
    this.assertWriter(actor);
    const year = parseSchoolYear(schoolYear);
    const { current, sections } = await this.current(actor, year, ifMatch);
    if (current.document.status === 'final') throw new DomainError('DOCUMENT_NOT_EDITABLE', 'Verksamhetsuppföljningen är fastställd och kan inte längre ändras.');
    for (const u of updates) checkSectionValue(current.definition, undefined, u);
    await this.claim(actor, year, current, {});
    await writeSections(this.store, sections, updates, { docKey: docKeyOf(ref(year)), schoolYear: year }, actor);
    const doc = (await this.read(actor, year))!.doc;
    await this.versions.record(ref(year), actor, doc.document.status, doc.document, this.entries(doc));
    return doc;
  }

  async transition(actor: Actor, schoolYear: string, ifMatch: string | undefined, transition: Transition, comment?: string): Promise<AnnualDocument> {
    const year = parseSchoolYear(schoolYear);
    if (!canSeeAllUnits(actor)) throw forbidden();
    const { current } = await this.current(actor, year, ifMatch);
    const status = decideTransition(transition, current.document.status, actor, ORGANISER_SCOPE, ORGANISER_RULES, comment);
    if (status !== 'draft') assertCompleteForDialogue(current.definition, current.document.content);
    await this.claim(actor, year, current, { status });
    if (transition === 'reopen' && comment) await this.comments.add(actor, ref(year), { anchor: 'document', body: comment });
    const doc = (await this.read(actor, year))!.doc;
    await this.versions.record(ref(year), actor, status, doc.document, this.entries(doc), DOCUMENT_STATUS_LABELS[status]);
    return doc;
  }

  entries(doc: AnnualDocument) {
    return reportEntries(doc.definition, { ...doc.document, unitId: ORGANISER_SCOPE, type: doc.definition.type }, undefined);
  }

  private assertWriter(actor: Actor) {
    if (!isOrganiser(actor)) throw forbidden('Verksamhetsuppföljningen skrivs av huvudmannanivån.');
  }

  private async current(actor: Actor, year: string, ifMatch: string | undefined) {
    if (!ifMatch) throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om dokumentet och försök igen.');
    const loaded = await this.read(actor, year);
    if (!loaded) throw new DomainError('REPORT_NOT_STARTED', 'Verksamhetsuppföljningen är inte påbörjad.');
    if (loaded.doc.etag !== ifMatch) throw new AnnualConflictError(loaded.doc);
    return { current: loaded.doc, sections: loaded.sections };
  }

  private async claim(actor: Actor, year: string, current: AnnualDocument, fields: Record<string, string>) {
    try {
      await this.store.update('reports', current.document.id, { ...fields, modifiedById: actor.userId }, { ifMatch: current.etag });
    } catch (e) {
      if (e instanceof ConflictError) throw new AnnualConflictError((await this.read(actor, year))!.doc);
      throw e;
    }
  }

  private async read(actor: Actor, year: string) {
    const docKey = docKeyOf(ref(year));
    const [[headers, sections], generatedBySource, config] = await Promise.all([
      this.store.queryMany([
        { list: 'reports', where: { docKey } },
        { list: 'reportSections', where: { docKey } },
      ]),
      this.aggregates.forYear(year),
      this.settings.processConfig(),
    ]);
    if (headers.length === 0) return undefined;
    const header = headers[0];
    // The document keeps the definition it was started with, even if the preset changed since.
    const definition = definitionFor(String(header.fields.type), [config.annualDefinition], KNOWN_DEFINITIONS) ?? config.annualDefinition;
    const status = DOCUMENT_STATUSES.find((s) => s === header.fields.status) ?? 'draft';
    const content = contentOf(definition, sections);
    const generated: Record<string, GeneratedTable> = {};
    for (const s of definition.sections) if (s.kind === 'generated') generated[s.key] = generatedBySource[s.source];
    const doc: AnnualDocument = {
      document: { id: header.id, schoolYear: year, status, content },
      etag: header.etag,
      modified: header.modified,
      definition,
      generated,
      missing: missingRequired(definition, content),
      canEdit: isOrganiser(actor) && status !== 'final',
      transitions: availableTransitions(status, actor, ORGANISER_SCOPE, ORGANISER_RULES),
    };
    return { doc, sections };
  }
}

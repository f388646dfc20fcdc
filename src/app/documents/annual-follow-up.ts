import { canSeeAllUnits, isOrganiser } from '../../domain/access';
import {
  availableTransitions,
  decideTransition,
  DOCUMENT_STATUS_LABELS,
  type StatusRules,
  type Transition,
} from '../../domain/document-lifecycle';
import { reportEntries } from '../../domain/document-entries';
import { DocumentConflictError } from './document-conflict';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../domain/plan';
import {
  assertCompleteForDialogue,
  checkSectionValue,
  definitionFor,
  missingRequired,
  type GeneratedSource,
  type ReportContent,
  type ReportDefinition,
} from '../../domain/report';
import { parseSchoolYear } from '../../domain/school-year';
import type { AnnualAggregates, GeneratedTable } from '../organiser/annual-aggregates';
import { KNOWN_DEFINITIONS } from '../../domain/presets';
import type { Comments } from './comments';
import { docKeyOf, type DocumentRef } from './document-ref';
import { DocumentCommits, type PartChange } from './document-commit';
import { ConflictError, type Fields, type ListItem, type ListStore } from '../ports/list-store';
import { sectionedDocument } from './reports';
import { contentOf, sectionChanges, type SectionUpdate } from './sectioned-content';
import type { Settings } from '../config/settings';
import type { VersionHistory } from './versions';
import { noDocumentEvents, transitionEvent, type DocumentEventSink } from './document-events';

export const ORGANISER_SCOPE = 'organiser';

export interface AnnualDocument {
  document: { id: string; schoolYear: string; status: DocumentStatus; content: ReportContent };
  etag: string;
  modified: string;
  definition: ReportDefinition;
  /** The sections the app writes from the units, by section key; frozen into the document when it is final. */
  generated: Record<string, GeneratedTable>;
  missing: string[];
  canEdit: boolean;
  transitions: Transition[];
}

export class AnnualConflictError extends DocumentConflictError<AnnualDocument> {
  constructor(current: AnnualDocument) {
    super(
      'Någon annan har ändrat verksamhetsuppföljningen sedan du öppnade den. Se den senaste versionen och gör din ändring igen.',
      current,
    );
  }
}

/** The organiser writes, readies and finalises its own document. */
const ORGANISER_RULES: StatusRules = { ready: ['organiser'], finalise: ['organiser'], reopen: ['organiser'] };
const ref = (schoolYear: string): DocumentRef => ({ kind: 'annual', unitId: ORGANISER_SCOPE, schoolYear });

/**
 * Huvudmannens verksamhetsuppföljning: built from every unit, with the organiser's own analysis and priorities.
 * Writes are atomic document writes (DocumentCommits). Finalising freezes the generated tables into
 * the document (section items of the generated sections), so a final document, its versions and
 * its published page keep the figures it was decided on; reopening shows live tables again.
 */
export class AnnualFollowUpService {
  private readonly commits: DocumentCommits;
  /** Told when the follow-up is returned or finalised (document-notices.ts). */
  onEvent: DocumentEventSink = noDocumentEvents;

  constructor(
    private readonly store: ListStore,
    private readonly aggregates: AnnualAggregates,
    private readonly versions: VersionHistory,
    private readonly comments: Comments,
    private readonly settings: Settings,
  ) {
    this.commits = new DocumentCommits(store);
  }

  async get(actor: Actor, schoolYear: string): Promise<AnnualDocument | undefined> {
    if (!canSeeAllUnits(actor))
      throw forbidden('Verksamhetsuppföljningen läses på huvudmannanivån; nämnden läser den publicerade versionen.');
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
      {
        docKey: docKeyOf(ref(year)),
        unitId: ORGANISER_SCOPE,
        schoolYear: year,
        type: annualDefinition.type,
        status: 'draft',
        modifiedById: actor.userId,
        manifest: '{}',
      },
      { key: `report:${docKeyOf(ref(year))}` },
    );
    const doc = (await this.read(actor, year))!.doc;
    await this.versions.record(ref(year), actor, 'draft', doc.document, this.entries(doc), 'Påbörjad');
    return doc;
  }

  async write(actor: Actor, schoolYear: string, ifMatch: string, updates: SectionUpdate[]): Promise<AnnualDocument> {
    this.assertWriter(actor);
    const year = parseSchoolYear(schoolYear);
    const { current, loaded } = await this.current(actor, year, ifMatch);
    if (current.document.status === 'final')
      throw new DomainError('DOCUMENT_NOT_EDITABLE', 'Verksamhetsuppföljningen är fastställd och kan inte längre ändras.');
    for (const u of updates) checkSectionValue(current.definition, undefined, u);
    const changes = sectionChanges(loaded.raw[1], updates, { docKey: docKeyOf(ref(year)), schoolYear: year });
    const { doc, written } = await this.commit(actor, year, loaded, changes, {});
    await this.versions.record(ref(year), actor, written.document.status, written.document, this.entries(written));
    return doc;
  }

  async transition(actor: Actor, schoolYear: string, ifMatch: string, transition: Transition, comment?: string): Promise<AnnualDocument> {
    const year = parseSchoolYear(schoolYear);
    if (!canSeeAllUnits(actor)) throw forbidden();
    const { current, loaded } = await this.current(actor, year, ifMatch);
    const status = decideTransition(transition, current.document.status, actor, ORGANISER_SCOPE, ORGANISER_RULES, comment);
    if (status !== 'draft') assertCompleteForDialogue(current.definition, current.document.content);
    // Final stays final: the tables as they are now become part of the document, in the same write.
    const freeze = status === 'final' ? frozenChanges(current, loaded.raw[1], year) : [];
    const { doc, written } = await this.commit(actor, year, loaded, freeze, { status });
    const returned =
      transition === 'reopen' && comment
        ? await this.comments.add(actor, ref(year), { anchor: 'document', body: comment }, { quiet: true })
        : undefined;
    const document = status === 'final' ? { ...written.document, generated: written.generated } : written.document;
    await this.versions.record(ref(year), actor, status, document, this.entries(written), DOCUMENT_STATUS_LABELS[status]);
    const event = transitionEvent(transition, ref(year), actor, ifMatch, returned?.id);
    if (event) await this.onEvent(event);
    return doc;
  }

  entries(doc: AnnualDocument) {
    return reportEntries(doc.definition, { ...doc.document, unitId: ORGANISER_SCOPE, type: doc.definition.type }, undefined);
  }

  private assertWriter(actor: Actor) {
    if (!isOrganiser(actor)) throw forbidden('Verksamhetsuppföljningen skrivs av huvudmannanivån.');
  }

  private async current(actor: Actor, year: string, ifMatch: string) {
    const loaded = await this.read(actor, year);
    if (!loaded) throw new DomainError('REPORT_NOT_STARTED', 'Verksamhetsuppföljningen är inte påbörjad.');
    if (loaded.doc.etag !== ifMatch) throw new AnnualConflictError(loaded.doc);
    return { current: loaded.doc, loaded };
  }

  private async commit(actor: Actor, year: string, loaded: Loaded, changes: PartChange[], header: Fields) {
    try {
      const result = await this.commits.write('reports', loaded.raw, ['reportSections'], changes, header, actor);
      const written = this.build(actor, year, result.after, loaded.config, loaded.live);
      const doc = result.header ? written : (await this.read(actor, year))!.doc;
      return { doc, written };
    } catch (e) {
      if (e instanceof ConflictError) throw new AnnualConflictError((await this.read(actor, year))!.doc);
      throw e;
    }
  }

  private async read(actor: Actor, year: string): Promise<Loaded | undefined> {
    const [{ docs }, live, config] = await Promise.all([
      this.commits.read([sectionedDocument(ref(year))]),
      this.aggregates.forYear(year),
      this.settings.processConfig(),
    ]);
    const raw = docs[0];
    if (raw[0].length === 0) return undefined;
    return { doc: this.build(actor, year, raw, config, live), raw, config, live };
  }

  private build(
    actor: Actor,
    year: string,
    [[header], sections]: ListItem[][],
    config: Awaited<ReturnType<Settings['processConfig']>>,
    live: Record<GeneratedSource, GeneratedTable>,
  ): AnnualDocument {
    // The document keeps the definition it was started with, even if the preset changed since.
    const definition = definitionFor(String(header.fields.type), [config.annualDefinition], KNOWN_DEFINITIONS) ?? config.annualDefinition;
    const status = DOCUMENT_STATUSES.find((s) => s === header.fields.status) ?? 'draft';
    const content = contentOf(definition, sections);
    const generated: Record<string, GeneratedTable> = {};
    for (const s of definition.sections) {
      if (s.kind !== 'generated') continue;
      const frozen = status === 'final' ? sections.find((i) => i.fields.sectionKey === s.key) : undefined;
      generated[s.key] = frozen ? (JSON.parse(String(frozen.fields.value)) as GeneratedTable) : live[s.source];
    }
    return {
      document: { id: header.id, schoolYear: year, status, content },
      etag: header.etag,
      modified: header.modified,
      definition,
      generated,
      missing: missingRequired(definition, content),
      canEdit: isOrganiser(actor) && status !== 'final',
      transitions: availableTransitions(status, actor, ORGANISER_SCOPE, ORGANISER_RULES),
    };
  }
}

interface Loaded {
  doc: AnnualDocument;
  raw: ListItem[][];
  config: Awaited<ReturnType<Settings['processConfig']>>;
  live: Record<GeneratedSource, GeneratedTable>;
}

/** The generated tables as section items: created when first frozen, replaced when finalised again. */
function frozenChanges(current: AnnualDocument, sections: ListItem[], year: string): PartChange[] {
  const where = { docKey: docKeyOf(ref(year)), schoolYear: year };
  return Object.entries(current.generated).map(([key, table]): PartChange => {
    const value = JSON.stringify(table);
    const existing = sections.find((i) => i.fields.sectionKey === key);
    return existing
      ? { op: 'update', list: 'reportSections', id: existing.id, fields: { value } }
      : { op: 'create', list: 'reportSections', fields: { ...where, sectionKey: key, refId: '', value } };
  });
}

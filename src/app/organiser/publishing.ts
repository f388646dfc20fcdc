import { isOrganiser } from '../../domain/access';
import type { ProcessConfig } from '../../domain/process-config';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { slugify, swedishDate, type IntranetPage, type PageBlock, type PageKind } from '../../domain/page';
import type { AnnualFollowUpService } from '../documents/annual-follow-up';
import { goalAreaLabels, planPage, sectionedPage } from './page-builders';
import type { PlanService } from '../documents/plans';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Publisher } from '../ports/publisher';
import type { Clock } from '../ports/clock';
import type { ReportService } from '../documents/reports';
import type { Settings } from '../config/settings';
import { publishableDocuments, type PublishableDocument } from './publishable';
import { noDocumentEvents, type DocumentEventSink } from '../documents/document-events';
import type { DocumentToPublish, PublishedEntry, PublishOutcome, StoredPage } from './published-entry';

export type { DocumentToPublish, PublishedEntry, PublishOutcome } from './published-entry';

/** Who reads a published document again for its PDF: the organiser level's read, nothing else. */
const READER: Actor = { userId: 'intranet', displayName: 'Intranätet', appRoles: ['organiser'], memberships: [] };

const notFinal = (what: string) =>
  new DomainError('NOT_PUBLISHABLE', `${what} är inte fastställd. Bara fastställda dokument publiceras på intranätet.`);
const PUBLISH_FAILED = {
  code: 'PUBLISH_FAILED',
  message: 'Sidan kunde inte publiceras just nu. Försök igen: det som redan är publicerat ligger kvar och publiceras inte två gånger.',
};

/** Final documents become intranet pages; nothing in draft or ready for dialogue is ever published. */
export class PublishingService {
  /** Told when a document is published (document-notices.ts): once per final version (its ETag). */
  onEvent: DocumentEventSink = noDocumentEvents;

  constructor(
    private readonly store: ListStore,
    private readonly publisher: Publisher,
    private readonly plans: PlanService,
    private readonly reports: ReportService,
    private readonly annual: AnnualFollowUpService,
    private readonly settings: Settings,
    private readonly clock: Clock,
    /** The app's address: a page links to its PDF there (/intranet/{slug}/pdf), with the page's visibility. */
    private readonly appUrl = '',
  ) {}

  /**
   * The PDF's content of a published page: the document as it was published, or undefined when the
   * page is unknown or the document has changed since (it is only ever a PUBLISHED, final version).
   */
  async publishedBlocks(slug: string): Promise<{ title: string; blocks: PageBlock[] } | undefined> {
    const [record] = await queryAll(this.store, 'publishedPages', { slug });
    if (!record) return undefined;
    const stored = JSON.parse(String(record.fields.content)) as StoredPage;
    const [kind, unitId, schoolYear] = String(record.fields.sourceKey).split('|');
    if (!['plan', 'report', 'annual'].includes(kind)) return undefined;
    const document: DocumentToPublish =
      kind === 'annual' ? { kind: 'annualFollowUp', schoolYear: unitId } : { kind: kind as 'plan' | 'report', unitId, schoolYear };
    const page = await this.prepare(READER, document, await this.settings.processConfig()).catch(() => undefined);
    if (!page || !stored.version || page.version !== stored.version) return undefined;
    return {
      title: page.title,
      blocks: [...page.blocks.slice(0, 1), this.stamp(String(record.fields.publishedAt)), ...page.blocks.slice(1)],
    };
  }

  private stamp(publishedAt: string): PageBlock {
    return { type: 'paragraph', tone: 'muted', text: `Status: ${DOCUMENT_STATUS_LABELS.final} · publicerad ${swedishDate(publishedAt)}` };
  }

  publishPlan(actor: Actor, unitId: string, schoolYear: string): Promise<PublishedEntry> {
    return this.publishOne(actor, { kind: 'plan', unitId, schoolYear });
  }

  publishReport(actor: Actor, unitId: string, schoolYear: string): Promise<PublishedEntry> {
    return this.publishOne(actor, { kind: 'report', unitId, schoolYear });
  }

  publishAnnual(actor: Actor, schoolYear: string): Promise<PublishedEntry> {
    return this.publishOne(actor, { kind: 'annualFollowUp', schoolYear });
  }

  /**
   * Several final documents in one action. Every one is read and checked first: if any is not
   * final, nothing is published (NOT_PUBLISHABLE). Then each is published on its own; one that
   * fails is reported and the others stay published. A document already published in the same
   * version is not published again, so a retry after a partial failure makes no duplicates.
   */
  async publishMany(actor: Actor, documents: DocumentToPublish[]): Promise<PublishOutcome[]> {
    this.assertPublisher(actor);
    const unique = [...new Map(documents.map((d) => [keyOf(d), d])).values()];
    const config = await this.settings.processConfig();
    const prepared = await Promise.all(
      unique.map(async (document) => ({ document, page: await this.prepare(actor, document, config).catch((e: unknown) => e) })),
    );
    const refused = prepared.filter((p) => p.page instanceof DomainError && p.page.code === 'NOT_PUBLISHABLE');
    if (refused.length) {
      const names = refused.map((r) => (r.page as DomainError).message.split(' är inte')[0]);
      throw new DomainError(
        'NOT_PUBLISHABLE',
        `Inget publicerades: ${names.join(', ')} är inte fastställd. Bara fastställda dokument publiceras på intranätet.`,
        refused.map((r) => ({ path: keyOf(r.document), code: 'NOT_PUBLISHABLE' })),
      );
    }
    const failure = prepared.find((p) => !(p.page && typeof p.page === 'object' && 'slug' in p.page));
    if (failure) throw failure.page;
    const outcomes: PublishOutcome[] = [];
    for (const { document, page } of prepared) {
      try {
        const { entry, unchanged } = await this.commit(actor, page as IntranetPage);
        outcomes.push({ document, outcome: unchanged ? 'unchanged' : 'published', page: entry });
      } catch (error) {
        outcomes.push({
          document,
          outcome: 'failed',
          error: error instanceof DomainError ? { code: error.code, message: error.message } : PUBLISH_FAILED,
        });
      }
    }
    return outcomes;
  }

  /** The year's final documents the organiser may publish, with when each was last published. */
  async publishable(actor: Actor, schoolYear: string): Promise<PublishableDocument[]> {
    this.assertPublisher(actor);
    return publishableDocuments(this.store, await this.settings.processConfig(), schoolYear, await this.list());
  }

  /** Everyone signed in reads the list of published pages: the board among them. */
  async list(): Promise<PublishedEntry[]> {
    const items = await queryAll(this.store, 'publishedPages');
    return items
      .map((i) => {
        const stored = JSON.parse(String(i.fields.content)) as StoredPage;
        const unit = stored.unitId ? { unitId: stored.unitId, unitName: stored.unitName ?? '' } : {};
        return {
          slug: stored.slug,
          url: stored.url,
          title: stored.title,
          kind: i.fields.kind as PageKind,
          schoolYear: String(i.fields.schoolYear),
          publishedAt: String(i.fields.publishedAt),
          ...unit,
        };
      })
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }

  read(slug: string) {
    return this.publisher.read(slug);
  }

  private async publishOne(actor: Actor, document: DocumentToPublish): Promise<PublishedEntry> {
    this.assertPublisher(actor);
    return (await this.commit(actor, await this.prepare(actor, document, await this.settings.processConfig()))).entry;
  }

  /** The document as a page, read as it is now; refuses anything not final. */
  private async prepare(actor: Actor, d: DocumentToPublish, config: ProcessConfig): Promise<IntranetPage> {
    const ctx = { ...config, goalAreaLabels: goalAreaLabels(config) };
    const siteName = config.municipalityName;
    if (d.kind === 'plan') {
      const doc = await this.plans.get(actor, d.unitId, d.schoolYear);
      if (!doc || doc.plan.status !== 'final')
        throw notFinal(`${config.planLabel} ${d.schoolYear.replace('-', '/')}${doc ? ` – ${doc.unit.name}` : ''}`);
      const title = `${config.planLabel} ${doc.plan.schoolYear} – ${doc.unit.name}`;
      const unit = { id: doc.unit.id, name: doc.unit.name };
      return {
        slug: slugify(title),
        kind: 'plan',
        title,
        schoolYear: doc.plan.schoolYear,
        sourceKey: `plan|${d.unitId}|${doc.plan.schoolYear}`,
        blocks: planPage(doc.plan, doc.unit, ctx),
        unit,
        version: doc.etag,
        siteName,
      };
    }
    if (d.kind === 'report') {
      const doc = await this.reports.get(actor, d.unitId, d.schoolYear);
      if (!doc || doc.report.status !== 'final')
        throw notFinal(`Läsårsrapporten ${d.schoolYear.replace('-', '/')}${doc ? ` – ${doc.unit.name}` : ''}`);
      const title = `${doc.definition.label} ${doc.report.schoolYear} – ${doc.unit.name}`;
      const blocks = sectionedPage(title, doc.definition, doc.report.content, {
        ...ctx,
        status: DOCUMENT_STATUS_LABELS.final,
        unit: doc.unit,
        plan: doc.plan,
      });
      const unit = { id: doc.unit.id, name: doc.unit.name };
      return {
        slug: slugify(title),
        kind: 'report',
        title,
        schoolYear: doc.report.schoolYear,
        sourceKey: `report|${d.unitId}|${doc.report.schoolYear}`,
        blocks,
        unit,
        version: doc.etag,
        siteName,
      };
    }
    const doc = await this.annual.get(actor, d.schoolYear);
    if (!doc || doc.document.status !== 'final') throw notFinal(`Verksamhetsuppföljningen ${d.schoolYear.replace('-', '/')}`);
    const title = `${doc.definition.label} ${doc.document.schoolYear}`;
    const blocks = sectionedPage(title, doc.definition, doc.document.content, {
      ...ctx,
      status: DOCUMENT_STATUS_LABELS.final,
      generated: doc.generated,
    });
    return {
      slug: slugify(title),
      kind: 'annualFollowUp',
      title,
      schoolYear: doc.document.schoolYear,
      sourceKey: `annual|${doc.document.schoolYear}`,
      blocks,
      version: doc.etag,
      siteName,
    };
  }

  private async commit(actor: Actor, page: IntranetPage): Promise<{ entry: PublishedEntry; unchanged: boolean }> {
    const [existing] = await queryAll(this.store, 'publishedPages', { sourceKey: page.sourceKey });
    const unit = page.unit ? { unitId: page.unit.id, unitName: page.unit.name } : {};
    if (existing && page.version) {
      const stored = JSON.parse(String(existing.fields.content)) as StoredPage;
      // Idempotent on document and version: the same version is already the page people read.
      if (stored.version === page.version && stored.slug === page.slug) {
        return {
          entry: {
            slug: stored.slug,
            url: stored.url,
            title: stored.title,
            kind: page.kind,
            schoolYear: page.schoolYear,
            publishedAt: String(existing.fields.publishedAt),
            ...unit,
          },
          unchanged: true,
        };
      }
    }
    // Readers see what they read: the status (only final documents are published) and the day, under the heading;
    // and the same document as PDF, served by the app with the page's visibility.
    const pdf: PageBlock[] = page.version
      ? [{ type: 'links', items: [{ text: 'Ladda ner som PDF', href: `${this.appUrl}/intranet/${encodeURIComponent(page.slug)}/pdf` }] }]
      : [];
    const published = await this.publisher.publish({
      ...page,
      blocks: [...page.blocks.slice(0, 1), this.stamp(this.clock.today()), ...pdf, ...page.blocks.slice(1)],
    });
    const publishedAt = this.clock.now().toISOString();
    const content: StoredPage = { ...published, version: page.version, ...unit };
    const fields = {
      slug: page.slug,
      kind: page.kind,
      title: page.title,
      schoolYear: page.schoolYear,
      content: JSON.stringify(content),
      publishedAt,
      sourceKey: page.sourceKey,
      modifiedById: actor.userId,
    };
    if (existing) await this.store.update('publishedPages', existing.id, fields);
    else await this.store.create('publishedPages', fields, { key: `page:${page.sourceKey}` });
    if (page.version) {
      const ref =
        page.kind === 'plan' || page.kind === 'report'
          ? { kind: page.kind, unitId: page.unit?.id ?? '', schoolYear: page.schoolYear }
          : { kind: 'annual' as const, unitId: 'organiser', schoolYear: page.schoolYear };
      await this.onEvent({ kind: 'published', ref, actor, eventKey: `published:${page.version}` });
    }
    return { entry: { ...published, kind: page.kind, schoolYear: page.schoolYear, publishedAt, ...unit }, unchanged: false };
  }

  private assertPublisher(actor: Actor) {
    if (!isOrganiser(actor)) throw forbidden('Huvudmannanivån publicerar på intranätet.');
  }
}

const keyOf = (d: DocumentToPublish) =>
  d.kind === 'annualFollowUp' ? `annualFollowUp|${d.schoolYear}` : `${d.kind}|${d.unitId}|${d.schoolYear}`;

import { canSeeAllUnits } from '../../domain/access';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { slugify, type IntranetPage, type PageKind } from '../../domain/page';
import type { AnnualFollowUpService } from '../documents/annual-follow-up';
import { planPage, sectionedPage } from './page-builders';
import type { PlanService } from '../documents/plans';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Publisher, PublishedPage } from '../ports/publisher';
import type { Clock } from '../ports/clock';
import type { ReportService } from '../documents/reports';
import type { Settings } from '../config/settings';
import { noDocumentEvents, type DocumentEventSink } from '../documents/document-events';
import type { DocumentRef } from '../documents/document-ref';

export interface PublishedEntry extends PublishedPage {
  kind: PageKind;
  schoolYear: string;
  publishedAt: string;
}

const notFinal = (what: string) => new DomainError('NOT_PUBLISHABLE', `${what} är inte fastställd. Bara fastställda dokument publiceras på intranätet.`);

/** Final documents become intranet pages; nothing in draft is ever published. */
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
  ) {}

  async publishPlan(actor: Actor, unitId: string, schoolYear: string): Promise<PublishedEntry> {
    this.assertPublisher(actor);
    const doc = await this.plans.get(actor, unitId, schoolYear);
    if (!doc || doc.plan.status !== 'final') throw notFinal('Åtagandeplanen');
    const config = await this.settings.processConfig();
    const title = `${config.planLabel} ${doc.plan.schoolYear} – ${doc.unit.name}`;
    const entry = await this.publish(actor, { slug: slugify(title), kind: 'plan', title, schoolYear: doc.plan.schoolYear, sourceKey: `plan|${unitId}|${doc.plan.schoolYear}`, blocks: planPage(doc.plan, doc.unit, config) });
    return this.told(entry, actor, { kind: 'plan', unitId, schoolYear: doc.plan.schoolYear }, doc.etag);
  }

  async publishReport(actor: Actor, unitId: string, schoolYear: string): Promise<PublishedEntry> {
    this.assertPublisher(actor);
    const doc = await this.reports.get(actor, unitId, schoolYear);
    if (!doc || doc.report.status !== 'final') throw notFinal('Läsårsrapporten');
    const config = await this.settings.processConfig();
    const title = `${doc.definition.label} ${doc.report.schoolYear} – ${doc.unit.name}`;
    const blocks = sectionedPage(title, doc.definition, doc.report.content, { ...config, status: DOCUMENT_STATUS_LABELS.final, unit: doc.unit, plan: doc.plan });
    const entry = await this.publish(actor, { slug: slugify(title), kind: 'report', title, schoolYear: doc.report.schoolYear, sourceKey: `report|${unitId}|${doc.report.schoolYear}`, blocks });
    return this.told(entry, actor, { kind: 'report', unitId, schoolYear: doc.report.schoolYear }, doc.etag);
  }

  async publishAnnual(actor: Actor, schoolYear: string): Promise<PublishedEntry> {
    this.assertPublisher(actor);
    const doc = await this.annual.get(actor, schoolYear);
    if (!doc || doc.document.status !== 'final') throw notFinal('Verksamhetsuppföljningen');
    const config = await this.settings.processConfig();
    const title = `${doc.definition.label} ${doc.document.schoolYear}`;
    const blocks = sectionedPage(title, doc.definition, doc.document.content, { ...config, status: DOCUMENT_STATUS_LABELS.final, generated: doc.generated });
    const entry = await this.publish(actor, { slug: slugify(title), kind: 'annualFollowUp', title, schoolYear: doc.document.schoolYear, sourceKey: `annual|${doc.document.schoolYear}`, blocks });
    return this.told(entry, actor, { kind: 'annual', unitId: 'organiser', schoolYear: doc.document.schoolYear }, doc.etag);
  }

  /** Everyone signed in reads the list of published pages: the board among them. */
  async list(): Promise<PublishedEntry[]> {
    const items = await queryAll(this.store, 'publishedPages');
    return items
      .map((i) => ({ ...(JSON.parse(String(i.fields.content)) as PublishedPage), kind: i.fields.kind as PageKind, schoolYear: String(i.fields.schoolYear), publishedAt: String(i.fields.publishedAt) }))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }

  read(slug: string) {
    return this.publisher.read(slug);
  }

  private async publish(actor: Actor, page: IntranetPage): Promise<PublishedEntry> {
    // Readers see what they read: the status (only final documents are published) and the day, under the heading.
    const stamp = { type: 'paragraph' as const, tone: 'muted' as const, text: `Status: ${DOCUMENT_STATUS_LABELS.final} · publicerad ${this.clock.today()}` };
    const published = await this.publisher.publish({ ...page, blocks: [...page.blocks.slice(0, 1), stamp, ...page.blocks.slice(1)] });
    const publishedAt = this.clock.now().toISOString();
    const fields = { slug: page.slug, kind: page.kind, title: page.title, schoolYear: page.schoolYear, content: JSON.stringify(published), publishedAt, sourceKey: page.sourceKey, modifiedById: actor.userId };
    const [existing] = await queryAll(this.store, 'publishedPages', { sourceKey: page.sourceKey });
    if (existing) await this.store.update('publishedPages', existing.id, fields);
    else await this.store.create('publishedPages', fields, { key: `page:${page.sourceKey}` });
    return { ...published, kind: page.kind, schoolYear: page.schoolYear, publishedAt };
  }

  private async told(entry: PublishedEntry, actor: Actor, ref: DocumentRef, etag: string): Promise<PublishedEntry> {
    await this.onEvent({ kind: 'published', ref, actor, eventKey: `published:${etag}` });
    return entry;
  }

  private assertPublisher(actor: Actor) {
    if (!canSeeAllUnits(actor) || !actor.appRoles.includes('organiser')) throw forbidden('Huvudmannanivån publicerar på intranätet.');
  }
}

import type { z } from 'zod';
import { planEntries, type DocumentEntry } from '../../domain/document-entries';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import type { DocumentRef } from '../../app/documents/document-ref';
import { ORGANISER_SCOPE } from '../../app/documents/annual-follow-up';
import type { WordExportContext } from '../../app/ports/renderers';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import type { PageBlock } from '../../domain/page';
import type { ProcessConfig } from '../../domain/process-config';
import { goalAreaLabels, planPage, sectionedPage } from '../../app/organiser/page-builders';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import { id } from '../../contract/common';
import { AnnualParams } from '../../contract/organiser';
import { PlanParams } from '../../contract/plans';
import { CommentBody, CommentPatch } from '../schemas';
import type { HttpServices } from '../services';
import { Changes, DocumentComment, DocumentComments, VersionList, VersionSnapshot } from '../../contract/documents';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Params {
  unitId?: string;
  schoolYear: string;
}

/** One document kind's place in the API and how to read it as it is now. */
interface DocumentKind {
  kind: DocumentRef['kind'];
  base: string;
  params: z.ZodObject;
  policy: AccessPolicy;
  label: string;
  tag: string;
  current(
    actor: Actor,
    p: Params,
  ): Promise<{
    entries: DocumentEntry[];
    title: string;
    export: (ctx: Omit<WordExportContext, 'unit'>) => Promise<Buffer>;
    blocks: (config: ProcessConfig) => PageBlock[];
  }>;
}

function kinds(s: DocumentExtraRouteServices): DocumentKind[] {
  return [
    {
      kind: 'plan',
      base: '/api/units/:unitId/plans/:schoolYear',
      params: PlanParams,
      policy: { kind: 'unit', access: 'read' },
      label: 'åtagandeplanen',
      tag: 'åtagandeplan',
      async current(actor, p) {
        const doc = await s.plans.get(actor, p.unitId!, p.schoolYear);
        if (!doc) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen för läsåret är inte påbörjad.');
        return {
          entries: planEntries(doc.plan),
          title: `Åtagandeplan ${doc.plan.schoolYear} ${doc.unit.name}`,
          export: (ctx) => s.wordRenderer.plan(doc.plan, { ...ctx, unit: doc.unit }),
          blocks: (config) => planPage(doc.plan, doc.unit, { ...config, goalAreaLabels: goalAreaLabels(config) }),
        };
      },
    },
    {
      kind: 'report',
      base: '/api/units/:unitId/reports/:schoolYear',
      params: PlanParams,
      policy: { kind: 'unit', access: 'read' },
      label: 'läsårsrapporten',
      tag: 'läsårsrapport',
      async current(actor, p) {
        const doc = await s.reports.get(actor, p.unitId!, p.schoolYear);
        if (!doc) throw new DomainError('REPORT_NOT_STARTED', 'Läsårsrapporten för läsåret är inte påbörjad.');
        return {
          entries: s.reports.entriesOf(doc),
          title: `${doc.definition.label} ${doc.report.schoolYear} ${doc.unit.name}`,
          export: (ctx) => s.wordRenderer.report(doc.report, doc.definition, doc.plan, { ...ctx, unit: doc.unit }),
          blocks: (config) =>
            sectionedPage(`${doc.definition.label} ${doc.report.schoolYear} – ${doc.unit.name}`, doc.definition, doc.report.content, {
              ...config,
              goalAreaLabels: goalAreaLabels(config),
              status: DOCUMENT_STATUS_LABELS[doc.report.status],
              unit: doc.unit,
              plan: doc.plan,
            }),
        };
      },
    },
    {
      kind: 'annual',
      base: '/api/organiser/annual-follow-up/:schoolYear',
      params: AnnualParams,
      policy: { kind: 'appRole', roles: ['organiser'] },
      label: 'verksamhetsuppföljningen',
      tag: 'verksamhetsuppföljning',
      async current(actor, p) {
        const doc = await s.annual.get(actor, p.schoolYear);
        if (!doc) throw new DomainError('REPORT_NOT_STARTED', 'Verksamhetsuppföljningen för läsåret är inte påbörjad.');
        return {
          entries: s.annual.entries(doc),
          title: `${doc.definition.label} ${doc.document.schoolYear}`,
          export: (ctx) => s.wordRenderer.report(doc.document, doc.definition, undefined, { ...ctx, generated: doc.generated }),
          blocks: (config) =>
            sectionedPage(`${doc.definition.label} ${doc.document.schoolYear}`, doc.definition, doc.document.content, {
              ...config,
              goalAreaLabels: goalAreaLabels(config),
              status: DOCUMENT_STATUS_LABELS[doc.document.status],
              generated: doc.generated,
            }),
        };
      },
    },
  ];
}

/** What these routes use, and nothing else. */
export type DocumentExtraRouteServices = Pick<
  HttpServices,
  'annual' | 'clock' | 'comments' | 'pdfRenderer' | 'plans' | 'reports' | 'settings' | 'versions' | 'wordRenderer'
>;

/** Comments, version history, "what changed" and Word export: the same for every document. */
export function documentExtraRoutes(s: DocumentExtraRouteServices): Route[] {
  return kinds(s).flatMap((k) => extrasFor(k, s));
}

function extrasFor(k: DocumentKind, s: DocumentExtraRouteServices): Route[] {
  const ref = (p: Params): DocumentRef => ({
    kind: k.kind,
    unitId: p.unitId ?? ORGANISER_SCOPE,
    schoolYear: parseSchoolYear(p.schoolYear),
  });
  const common = { tag: k.tag, policy: k.policy };
  return [
    route({
      method: 'get',
      path: `${k.base}/comments`,
      summary: `Kommentarer på ${k.label}`,
      ...common,
      response: DocumentComments,
      params: k.params,
      handler: async (ctx) => ({ body: await s.comments.list(requireActor(ctx), ref(ctx.params as unknown as Params)) }),
    }),
    route({
      method: 'post',
      path: `${k.base}/comments`,
      response: DocumentComment,
      summary: `Kommentera ett avsnitt av ${k.label} (huvudmannanivån) eller svara (rektor)`,
      ...common,
      params: k.params,
      body: CommentBody,
      handler: async (ctx) => ({
        status: 201,
        body: await s.comments.add(requireActor(ctx), ref(ctx.params as unknown as Params), ctx.body),
      }),
    }),
    route({
      method: 'patch',
      path: `${k.base}/comments/:commentId`,
      response: 'noContent',
      summary: 'Markera en kommentar som hanterad (eller öppna den igen)',
      ...common,
      params: k.params.extend({ commentId: id }),
      body: CommentPatch,
      handler: async (ctx) => {
        await s.comments.resolve(requireActor(ctx), ref(ctx.params as unknown as Params), String(ctx.params.commentId), ctx.body.resolved);
        return { status: 204 };
      },
    }),
    route({
      method: 'get',
      path: `${k.base}/versions`,
      summary: `Versionshistorik för ${k.label}: varje sparad ändring, av vem och när`,
      ...common,
      response: VersionList,
      params: k.params,
      handler: async (ctx) => ({ body: await s.versions.list(ref(ctx.params as unknown as Params)) }),
    }),
    route({
      method: 'get',
      path: `${k.base}/versions/:versionId`,
      response: VersionSnapshot,
      summary: 'En version som den var',
      ...common,
      params: k.params.extend({ versionId: id }),
      handler: async (ctx) => ({ body: await s.versions.get(ref(ctx.params as unknown as Params), String(ctx.params.versionId)) }),
    }),
    route({
      method: 'get',
      path: `${k.base}/changes`,
      summary: 'Vad som ändrats sedan en version (?since=<versionId>), annars sedan senaste dialogmarkering',
      ...common,
      params: k.params,
      response: Changes,
      handler: async (ctx) => {
        const since = ctx.query.since;
        if (since !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(since))
          throw new DomainError('VALIDATION_FAILED', 'Versionen att jämföra med är felaktigt angiven.');
        const now = await k.current(requireActor(ctx), ctx.params as unknown as Params);
        return { body: await s.versions.changesSince(ref(ctx.params as unknown as Params), now.entries, since) };
      },
    }),
    route({
      method: 'get',
      path: `${k.base}/export.docx`,
      response: { file: DOCX },
      summary: `${k.label[0].toUpperCase()}${k.label.slice(1)} som Word-dokument`,
      ...common,
      params: k.params,
      handler: async (ctx) => {
        const now = await k.current(requireActor(ctx), ctx.params as unknown as Params);
        const config = await s.settings.processConfig();
        const file = await now.export({
          municipalityName: config.municipalityName,
          planLabel: config.planLabel,
          boardGoals: config.boardGoals,
          exportedOn: s.clock.today(),
        });
        const name = `${now.title}.docx`;
        return {
          file,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': `attachment; filename="${name.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          },
        };
      },
    }),
    route({
      method: 'get',
      path: `${k.base}/export.pdf`,
      response: { file: 'application/pdf' },
      summary: `${k.label[0].toUpperCase()}${k.label.slice(1)} som PDF (samma innehåll som intranätsidan)`,
      ...common,
      params: k.params,
      handler: async (ctx) => {
        const now = await k.current(requireActor(ctx), ctx.params as unknown as Params);
        const config = await s.settings.processConfig();
        const file = await s.pdfRenderer.render(now.title, now.blocks(config), {
          municipalityName: config.municipalityName,
          exportedOn: s.clock.today(),
        });
        const name = `${now.title}.pdf`;
        return {
          file,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${name.replace(/[^\w .-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          },
        };
      },
    }),
  ];
}

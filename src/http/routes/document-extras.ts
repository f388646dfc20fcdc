import { z } from 'zod';
import { planEntries } from '../../domain/document-entries';
import { DomainError } from '../../domain/errors';
import { parseSchoolYear } from '../../domain/school-year';
import type { DocumentRef } from '../../app/document-ref';
import { exportPlanDocx, exportReportDocx } from '../../adapters/word/word-export';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import { CommentBody, CommentParams, CommentPatch, PlanParams, VersionParams } from '../schemas';
import type { HttpServices } from '../services';
import type { Actor } from '../../domain/identity';

type Kind = DocumentRef['kind'];
const SEGMENT: Record<Kind, string> = { plan: 'plans', report: 'reports' };
const LABEL: Record<Kind, string> = { plan: 'åtagandeplanen', report: 'läsårsrapporten' };
const TAG: Record<Kind, string> = { plan: 'åtagandeplan', report: 'läsårsrapport' };

/** Comments, version history, "what changed" and Word export: the same for both documents. */
export function documentExtraRoutes(s: HttpServices): Route[] {
  return (['plan', 'report'] as const).flatMap((kind) => extrasFor(kind, s));
}

function extrasFor(kind: Kind, s: HttpServices): Route[] {
  const base = `/api/units/:unitId/${SEGMENT[kind]}/:schoolYear`;
  const tag = TAG[kind];
  const ref = (p: { unitId: string; schoolYear: string }): DocumentRef => ({ kind, unitId: p.unitId, schoolYear: parseSchoolYear(p.schoolYear) });

  /** The document as it is now: its entries (for comparing versions) and what the Word export needs. */
  async function current(actor: Actor, p: { unitId: string; schoolYear: string }) {
    if (kind === 'plan') {
      const doc = await s.plans.get(actor, p.unitId, p.schoolYear);
      if (!doc) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen för läsåret är inte påbörjad.');
      return { entries: planEntries(doc.plan), unit: doc.unit, export: (ctx: Parameters<typeof exportPlanDocx>[1]) => exportPlanDocx(doc.plan, ctx), title: `Åtagandeplan ${doc.plan.schoolYear} ${doc.unit.name}` };
    }
    const doc = await s.reports.get(actor, p.unitId, p.schoolYear);
    if (!doc) throw new DomainError('REPORT_NOT_STARTED', 'Läsårsrapporten för läsåret är inte påbörjad.');
    return {
      entries: s.reports.entriesOf(doc),
      unit: doc.unit,
      export: (ctx: Parameters<typeof exportPlanDocx>[1]) => exportReportDocx(doc.report, doc.definition, doc.plan, ctx),
      title: `${doc.definition.label} ${doc.report.schoolYear} ${doc.unit.name}`,
    };
  }

  return [
    route({
      method: 'get',
      path: `${base}/comments`,
      summary: `Kommentarer på ${LABEL[kind]}`,
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      handler: async (ctx) => ({ body: await s.comments.list(requireActor(ctx), ref(ctx.params)) }),
    }),
    route({
      method: 'post',
      path: `${base}/comments`,
      summary: `Kommentera ett avsnitt av ${LABEL[kind]} (huvudmannanivån) eller svara (rektor)`,
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      body: CommentBody,
      handler: async (ctx) => ({ status: 201, body: await s.comments.add(requireActor(ctx), ref(ctx.params), ctx.body) }),
    }),
    route({
      method: 'patch',
      path: `${base}/comments/:commentId`,
      summary: 'Markera en kommentar som hanterad (eller öppna den igen)',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: CommentParams,
      body: CommentPatch,
      handler: async (ctx) => {
        await s.comments.resolve(requireActor(ctx), ref(ctx.params), ctx.params.commentId, ctx.body.resolved);
        return { status: 204 };
      },
    }),
    route({
      method: 'get',
      path: `${base}/versions`,
      summary: `Versionshistorik för ${LABEL[kind]}: varje sparad ändring, av vem och när`,
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      handler: async (ctx) => ({ body: await s.versions.list(ref(ctx.params)) }),
    }),
    route({
      method: 'get',
      path: `${base}/versions/:versionId`,
      summary: 'En version som den var',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: VersionParams,
      handler: async (ctx) => ({ body: await s.versions.get(ref(ctx.params), ctx.params.versionId) }),
    }),
    route({
      method: 'get',
      path: `${base}/changes`,
      summary: 'Vad som ändrats sedan en version (?since=<versionId>), annars sedan senaste dialogmarkering',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      response: z.object({ since: z.unknown(), changes: z.array(z.unknown()) }),
      handler: async (ctx) => {
        const since = ctx.query.since;
        if (since !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(since)) throw new DomainError('VALIDATION_FAILED', 'Versionen att jämföra med är felaktigt angiven.');
        const now = await current(requireActor(ctx), ctx.params);
        return { body: await s.versions.changesSince(ref(ctx.params), now.entries, since) };
      },
    }),
    route({
      method: 'get',
      path: `${base}/export.docx`,
      summary: `${LABEL[kind][0].toUpperCase()}${LABEL[kind].slice(1)} som Word-dokument`,
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      handler: async (ctx) => {
        const now = await current(requireActor(ctx), ctx.params);
        const config = await s.settings.processConfig();
        const file = await now.export({ municipalityName: config.municipalityName, unit: now.unit, boardGoals: config.boardGoals, exportedOn: s.clock.today() });
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
  ];
}

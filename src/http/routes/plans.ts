import { DomainError } from '../../domain/errors';
import { SUCCESS_FACTOR_CATALOGUE } from '../../domain/success-factors';
import { schoolYearToUrl } from '../../domain/school-year';
import { PlanConflictError, type PlanDocument as PlanDoc } from '../../app/documents/plans';
import { requireActor } from '../auth';
import { route, type Route, type RouteContext, type RouteResult } from '../route';
import {
  ActivityBody,
  ActivityParams,
  ActivityPatch,
  AddGoalAreaBody,
  CommitmentBody,
  CommitmentParams,
  CommitmentPatch,
  FollowUpBody,
  GoalAreaParams,
  PlanDocument,
  PlanParams,
  StartPlanBody,
  TransitionBody,
} from '../schemas';
import type { HttpServices } from '../services';
import { CarryOverCandidates } from '../../contract/plans';

const PLAN = '/api/units/:unitId/plans/:schoolYear';
/** What every plan write starts with: who, which unit, which year, which version (If-Match). */
const onPlan = (ctx: RouteContext<{ unitId: string; schoolYear: string }, unknown, string>) =>
  [requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear, ctx.ifMatch] as const;
const tag = 'åtagandeplan';
const writeErrors = {
  400: 'Felaktig indata (kod VALIDATION_FAILED m.fl.)',
  403: 'Inte enhetens rektor',
  409: 'Planen har ändrats av någon annan; svaret innehåller den aktuella versionen (current)',
  422: 'Planens regler tillåter inte ändringen',
  428: 'If-Match saknas',
};

/** What these routes use, and nothing else. */
export type PlanRouteServices = Pick<HttpServices, 'carryOver' | 'plans'>;

export function planRoutes(s: PlanRouteServices): Route[] {
  /** The document as the tab wants it: the tree, its ETag, the rules; all from the one read. */
  function respond(doc: PlanDoc, status = 200): RouteResult {
    return {
      status,
      headers: { ETag: doc.etag, Location: `/api/units/${doc.unit.id}/plans/${schoolYearToUrl(doc.plan.schoolYear)}` },
      body: { ...doc, successFactorCatalogue: SUCCESS_FACTOR_CATALOGUE },
    };
  }

  const write = {
    policy: { kind: 'unit', access: 'write' } as const,
    tag,
    response: PlanDocument,
    errors: writeErrors,
    ifMatch: true as const,
  };

  /** A stale write answers 409 with the current document in the same shape as GET, so the tab can show it. */
  async function guarded(run: () => Promise<PlanDoc>, status?: number): Promise<RouteResult> {
    try {
      return await respond(await run(), status);
    } catch (e) {
      if (e instanceof PlanConflictError) throw new PlanConflictError(respond(e.current).body as PlanDoc);
      throw e;
    }
  }

  return [
    route({
      method: 'get',
      path: PLAN,
      summary: 'Enhetens åtagandeplan för ett läsår (läsår skrivs 2025-26), som träd, med ETag',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: PlanParams,
      response: PlanDocument,
      errors: { 404: 'Planen är inte påbörjad (PLAN_NOT_STARTED) eller enheten finns inte (NOT_FOUND)' },
      handler: async (ctx) => {
        const doc = await s.plans.get(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear);
        if (!doc) throw new DomainError('PLAN_NOT_STARTED', 'Åtagandeplanen för läsåret är inte påbörjad.');
        return respond(doc);
      },
    }),
    route({
      method: 'post',
      path: PLAN,
      summary: 'Påbörja åtagandeplanen (idempotent): de obligatoriska målområdena, och det som väljs från förra läsåret',
      ...write,
      ifMatch: undefined,
      params: PlanParams,
      body: StartPlanBody,
      handler: async (ctx) =>
        guarded(
          () =>
            s.carryOver.start(
              requireActor(ctx),
              ctx.params.unitId,
              ctx.params.schoolYear,
              ctx.body.carryOver ?? { commitmentIds: [], developmentNeedIndexes: [] },
            ),
          201,
        ),
    }),
    route({
      method: 'get',
      path: `${PLAN}/carry-over`,
      response: CarryOverCandidates,
      summary: 'Vad som kan tas med från förra läsåret: ofullbordade åtaganden och läsårsrapportens utvecklingsbehov',
      tag,
      policy: { kind: 'unit', access: 'write' },
      params: PlanParams,
      handler: async (ctx) => ({ body: await s.carryOver.candidates(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: `${PLAN}/status`,
      summary: 'Byt status: klar för dialog (rektor), fastställ eller återsänd med kommentar (huvudmannanivån)',
      tag,
      policy: { kind: 'unit', access: 'read' },
      ifMatch: true,
      response: PlanDocument,
      errors: {
        ...writeErrors,
        422: 'Statusbytet är inte tillåtet just nu, eller planen är inte komplett (PLAN_INCOMPLETE, med details.missing)',
      },
      params: PlanParams,
      body: TransitionBody,
      handler: async (ctx) => guarded(() => s.plans.transition(...onPlan(ctx), ctx.body.transition, ctx.body.comment)),
    }),
    route({
      method: 'post',
      path: `${PLAN}/goal-areas`,
      summary: 'Prioritera ett övergripande målområde',
      ...write,
      params: PlanParams,
      body: AddGoalAreaBody,
      handler: async (ctx) => guarded(() => s.plans.addGoalArea(...onPlan(ctx), ctx.body.key)),
    }),
    route({
      method: 'del',
      path: `${PLAN}/goal-areas/:goalAreaId`,
      summary: 'Ta bort ett prioriterat målområde med dess åtaganden',
      ...write,
      params: GoalAreaParams,
      handler: async (ctx) => guarded(() => s.plans.removeGoalArea(...onPlan(ctx), ctx.params.goalAreaId)),
    }),
    route({
      method: 'post',
      path: `${PLAN}/goal-areas/:goalAreaId/commitments`,
      summary: 'Lägg till ett åtagande under ett målområde',
      ...write,
      params: GoalAreaParams,
      body: CommitmentBody,
      handler: async (ctx) => guarded(() => s.plans.addCommitment(...onPlan(ctx), ctx.params.goalAreaId, ctx.body)),
    }),
    route({
      method: 'patch',
      path: `${PLAN}/commitments/:commitmentId`,
      summary: 'Ändra ett åtagande',
      ...write,
      params: CommitmentParams,
      body: CommitmentPatch,
      handler: async (ctx) => guarded(() => s.plans.updateCommitment(...onPlan(ctx), ctx.params.commitmentId, ctx.body)),
    }),
    route({
      method: 'del',
      path: `${PLAN}/commitments/:commitmentId`,
      summary: 'Ta bort ett åtagande med dess aktiviteter och uppföljningar',
      ...write,
      params: CommitmentParams,
      handler: async (ctx) => guarded(() => s.plans.removeCommitment(...onPlan(ctx), ctx.params.commitmentId)),
    }),
    route({
      method: 'post',
      path: `${PLAN}/commitments/:commitmentId/activities`,
      summary: 'Lägg till en aktivitet till ett åtagande',
      ...write,
      params: CommitmentParams,
      body: ActivityBody,
      handler: async (ctx) => guarded(() => s.plans.addActivity(...onPlan(ctx), ctx.params.commitmentId, ctx.body)),
    }),
    route({
      method: 'patch',
      path: `${PLAN}/activities/:activityId`,
      summary: 'Ändra en aktivitet',
      ...write,
      params: ActivityParams,
      body: ActivityPatch,
      handler: async (ctx) => guarded(() => s.plans.updateActivity(...onPlan(ctx), ctx.params.activityId, ctx.body)),
    }),
    route({
      method: 'del',
      path: `${PLAN}/activities/:activityId`,
      summary: 'Ta bort en aktivitet',
      ...write,
      params: ActivityParams,
      handler: async (ctx) => guarded(() => s.plans.removeActivity(...onPlan(ctx), ctx.params.activityId)),
    }),
    route({
      method: 'post',
      path: `${PLAN}/commitments/:commitmentId/follow-ups`,
      summary: 'Lägg till en daterad uppföljning av ett åtagande',
      ...write,
      params: CommitmentParams,
      body: FollowUpBody,
      handler: async (ctx) => guarded(() => s.plans.addFollowUp(...onPlan(ctx), ctx.params.commitmentId, ctx.body)),
    }),
  ];
}

import { DomainError } from '../../domain/errors';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { SurveyRound } from '../../contract/surveys';
import { CreateScheduledRoundBody, RoundProposals, SurveyScheduleParams, SurveyScheduleQuery } from '../../contract/survey-schedule';

const tag = 'tld';

/** What these routes use, and nothing else. */
export type SurveyScheduleRouteServices = Pick<HttpServices, 'surveySchedule'>;

/** The year wheel's survey rounds: proposed to the organiser, created (and opened) from the wheel. */
export function surveyScheduleRoutes(s: SurveyScheduleRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/survey/schedule',
      response: RoundProposals,
      summary: 'Enkäterna som årshjulet planerar för läsåret (?schoolYear=2026-27), med mätningen där den finns',
      tag,
      policy: { kind: 'appRole', roles: ['organiser'] },
      handler: async ({ query }) => {
        const q = SurveyScheduleQuery.safeParse(query);
        if (!q.success) throw new DomainError('VALIDATION_FAILED', 'Ange läsåret som 2026-27.');
        return { body: await s.surveySchedule.proposals(q.data.schoolYear) };
      },
    }),
    route({
      method: 'post',
      path: '/api/survey/schedule/:eventKey',
      response: SurveyRound,
      summary: 'Skapa (och öppna) mätningen som årshjulet planerar; en som redan finns returneras',
      tag,
      policy: { kind: 'appRole', roles: ['organiser'] },
      params: SurveyScheduleParams,
      body: CreateScheduledRoundBody,
      handler: async (ctx) => ({
        status: 201,
        body: await s.surveySchedule.create(requireActor(ctx), ctx.body.schoolYear, ctx.params.eventKey, ctx.body.open),
      }),
    }),
  ];
}

import { SURVEY_AREAS, type SurveyConfig } from '../../domain/survey';
import type { RoundResults } from '../../app/survey/survey-results-service';
import { requireActor } from '../auth';
import { toCsv } from '../csv';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import { UnitParams } from '../../contract/me';
import {
  CreateRoundBody,
  RoundParams,
  RoundResults as RoundResultsSchema,
  RoundStatusBody,
  StudentCountBody,
  SurveyConfig as SurveyConfigSchema,
  SurveyConfigBody,
  SurveyLink,
  SurveyLinkWithUrl,
  SurveyRound,
  SurveyRounds,
  UnitRoundParams,
  UnitSurveyResults,
} from '../../contract/surveys';

const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
/** The question sets are configuration: the admin's as well as the organiser's. */
const configures: AccessPolicy = { kind: 'appRole', roles: ['organiser', 'admin'] };
const tag = 'tld';

/** What these routes use, and nothing else. */
export type SurveyRouteServices = Pick<HttpServices, 'directory' | 'qrRenderer' | 'settings' | 'surveyResults' | 'surveys'>;

export function surveyRoutes(s: SurveyRouteServices): Route[] {
  const linkUrl = (code: string) => s.surveys.publicLink(code);
  const file = (body: Buffer, type: string, name: string) => ({
    file: body,
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` },
  });

  return [
    route({
      method: 'get',
      path: '/api/survey/rounds',
      response: SurveyRounds,
      summary: 'TLD-mätningar (?schoolYear=2026-27)',
      tag,
      policy: { kind: 'authenticated' },
      handler: async ({ query }) => ({ body: await s.surveys.rounds(query.schoolYear) }),
    }),
    route({
      method: 'post',
      path: '/api/survey/rounds',
      response: SurveyRound,
      summary: 'Skapa en TLD-mätning (oktober eller april)',
      tag,
      policy: organiser,
      body: CreateRoundBody,
      handler: async (ctx) => ({ status: 201, body: await s.surveys.createRound(requireActor(ctx), ctx.body) }),
    }),
    route({
      method: 'post',
      path: '/api/survey/rounds/:roundId/status',
      response: SurveyRound,
      summary: 'Öppna (ger varje enhet en länk) eller stäng en mätning',
      tag,
      policy: organiser,
      params: RoundParams,
      body: RoundStatusBody,
      handler: async (ctx) => ({ body: await s.surveys.setStatus(requireActor(ctx), ctx.params.roundId, ctx.body.status) }),
    }),
    route({
      method: 'get',
      path: '/api/survey/config',
      response: SurveyConfigSchema,
      summary: 'Frågor per skolform och anonymitetsgräns',
      tag,
      policy: { kind: 'authenticated' },
      handler: async () => ({ body: await s.surveys.config() }),
    }),
    route({
      method: 'put',
      path: '/api/survey/config',
      response: SurveyConfigSchema,
      summary: 'Ändra frågor och anonymitetsgräns (huvudmannanivån)',
      tag,
      policy: configures,
      body: SurveyConfigBody,
      handler: async (ctx) => ({ body: await s.surveys.saveConfig(requireActor(ctx), ctx.body as SurveyConfig) }),
    }),
    route({
      method: 'get',
      path: '/api/units/:unitId/survey/rounds/:roundId/link',
      response: SurveyLinkWithUrl,
      summary: 'Enhetens enkätlänk för en mätning',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: UnitRoundParams,
      handler: async (ctx) => {
        const link = await s.surveys.linkFor(requireActor(ctx), ctx.params.unitId, ctx.params.roundId);
        return { body: { ...link, url: linkUrl(link.code) } };
      },
    }),
    route({
      method: 'put',
      path: '/api/units/:unitId/survey/rounds/:roundId/students',
      response: SurveyLink,
      summary: 'Antal barn/elever som ska svara (för svarsfrekvensen)',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: UnitRoundParams,
      body: StudentCountBody,
      handler: async (ctx) => ({
        body: await s.surveys.setStudentCount(requireActor(ctx), ctx.params.unitId, ctx.params.roundId, ctx.body.count),
      }),
    }),
    ...(['svg', 'png', 'poster'] as const).map((kind) =>
      route({
        method: 'get',
        path: `/api/units/:unitId/survey/rounds/:roundId/qr.${kind === 'poster' ? 'html' : kind}`,
        response: { file: kind === 'png' ? 'image/png' : kind === 'svg' ? 'image/svg+xml' : 'text/html' },
        summary:
          kind === 'poster' ? 'Utskrivbar A4-affisch med QR-kod och enhetens namn' : `QR-kod till enkätlänken (${kind.toUpperCase()})`,
        tag,
        policy: { kind: 'unit', access: 'read' },
        params: UnitRoundParams,
        handler: async (ctx) => {
          const actor = requireActor(ctx);
          const link = await s.surveys.linkFor(actor, ctx.params.unitId, ctx.params.roundId);
          const url = linkUrl(link.code);
          if (kind === 'png') return file(await s.qrRenderer.png(url), 'image/png', 'tld-qr.png');
          if (kind === 'svg') return file(Buffer.from(await s.qrRenderer.svg(url)), 'image/svg+xml', 'tld-qr.svg');
          const [unit, round, config, process] = await Promise.all([
            s.directory.unit(ctx.params.unitId),
            s.surveys.round(ctx.params.roundId),
            s.surveys.config(),
            s.settings.processConfig(),
          ]);
          const set = config.questionSets.find((q) => q.key === config.setBySchoolForm[unit.schoolForm]);
          const html = await s.qrRenderer.poster({
            url,
            unitName: unit.name,
            roundLabel: round.label,
            municipalityName: process.municipalityName,
            assisted: set?.assisted ?? false,
          });
          return { file: Buffer.from(html), headers: { 'Content-Type': 'text/html; charset=utf-8' } };
        },
      }),
    ),
    route({
      method: 'get',
      path: '/api/units/:unitId/survey/results',
      response: UnitSurveyResults,
      summary: 'Enhetens TLD-resultat per mätning, med jämförelse; dolda där för få svarat',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: UnitParams,
      handler: async (ctx) => ({ body: await s.surveyResults.forUnit(requireActor(ctx), ctx.params.unitId) }),
    }),
    route({
      method: 'get',
      path: '/api/survey/rounds/:roundId/results',
      response: RoundResultsSchema,
      summary: 'Alla enheters resultat för en mätning (huvudmannanivån)',
      tag,
      policy: organiser,
      params: RoundParams,
      handler: async (ctx) => ({ body: await s.surveyResults.overview(requireActor(ctx), ctx.params.roundId) }),
    }),
    route({
      method: 'get',
      path: '/api/survey/rounds/:roundId/results.csv',
      response: { file: 'text/csv' },
      summary: 'Resultaten som CSV (skyddad mot formler i celler)',
      tag,
      policy: organiser,
      params: RoundParams,
      handler: async (ctx) =>
        file(
          toCsv(resultRows(await s.surveyResults.overview(requireActor(ctx), ctx.params.roundId))),
          'text/csv; charset=utf-8',
          'tld-resultat.csv',
        ),
    }),
  ];
}

function resultRows(r: RoundResults): unknown[][] {
  const areas = Object.entries(SURVEY_AREAS);
  const rows: unknown[][] = [
    ['Mätning', 'Enhet', 'Skolform', 'Antal svar', 'Svarsfrekvens %', ...areas.map(([, label]) => `Index ${label}`), 'Kommentar'],
  ];
  for (const u of r.units) {
    rows.push([
      r.round.label,
      u.unitName,
      u.schoolForm,
      u.answers,
      u.responseRate ?? '',
      ...areas.map(([key]) => (u.shown ? (u.index?.[key as keyof typeof SURVEY_AREAS] ?? '') : '')),
      u.shown ? '' : `Dolt: färre än ${r.minAnswers} svar eller skyddar andra gruppers svar`,
    ]);
  }
  return rows;
}

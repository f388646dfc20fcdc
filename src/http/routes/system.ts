import { definiteName } from '../../domain/document-names';
import { previousSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { AppConfig, Health, OpenApiDocument } from '../../contract/me';

/** What these routes use, and nothing else. */
export type SystemRouteServices = Pick<HttpServices, 'clock' | 'config' | 'settings' | 'store'>;

export function systemRoutes(s: SystemRouteServices, openApi: () => unknown): Route[] {
  return [
    route({
      method: 'get',
      path: '/healthz',
      summary: 'Hälsokontroll: svarar när servern och lagret fungerar',
      tag: 'system',
      policy: { kind: 'public', why: 'load balancer and uptime probes' },
      response: Health,
      handler: async () => {
        await s.store.query('settings', { top: 1 });
        return { body: { status: 'ok', store: s.store.kind } };
      },
    }),
    route({
      method: 'get',
      path: '/api/config',
      summary: 'Det flikarna behöver veta innan inloggning',
      tag: 'system',
      policy: { kind: 'public', why: 'the tab reads it before the person has signed in' },
      response: AppConfig,
      handler: async () => {
        const { municipalityName, planLabel, reportDefinition, annualDefinition } = await s.settings.processConfig();
        const currentSchoolYear = schoolYearOfDay(s.clock.today());
        return {
          body: {
            authMode: s.config.auth,
            municipalityName,
            currentSchoolYear,
            previousSchoolYear: previousSchoolYear(currentSchoolYear),
            teamsAppId: s.config.teamsAppId,
            // Public identifiers only: the consent page needs them to send the person to Entra ID.
            entra:
              s.config.auth === 'entra'
                ? {
                    clientId: s.config.entra.clientId,
                    appIdUri: s.config.entra.appIdUri,
                    authority: s.config.entra.authorityHost ?? 'https://login.microsoftonline.com',
                  }
                : undefined,
            // What this municipality calls its documents (the chosen preset's names).
            documentLabels: { plan: planLabel, report: reportDefinition.label, organiser: annualDefinition.label },
            documentNames: {
              plan: definiteName(planLabel),
              report: definiteName(reportDefinition.label),
              organiser: definiteName(annualDefinition.label),
            },
            schoolForms: Object.entries(SCHOOL_FORMS).map(([code, label]) => ({ code, label })),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/openapi.json',
      response: OpenApiDocument,
      summary: 'API-beskrivningen (OpenAPI 3.1)',
      tag: 'system',
      policy: { kind: 'public', why: 'describes the API; holds no data' },
      handler: async () => ({ body: openApi() }),
    }),
  ];
}

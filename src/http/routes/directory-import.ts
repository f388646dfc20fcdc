import { z } from 'zod';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import {
  ApplyBody,
  ApplyResult,
  DirectoryImportConfig,
  DirectoryImportState,
  DirectoryPreview,
  IntranetVisibility,
} from '../../contract/admin';

const admin: AccessPolicy = { kind: 'appRole', roles: ['admin'] };
const tag = 'administration';

/** What these routes use, and nothing else. */
export type DirectoryImportRouteServices = Pick<HttpServices, 'directoryImport' | 'intranetAccess'>;

/** The directory import in the admin tab: settings, a preview of what changes, and applying exactly that preview. */
export function directoryImportRoutes(s: DirectoryImportRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/admin/directory-import',
      summary: 'Katalogimportens inställningar och senaste körning',
      tag,
      policy: admin,
      response: DirectoryImportState,
      handler: async () => ({
        body: { config: (await s.directoryImport.config()) ?? null, lastRun: (await s.directoryImport.lastRun()) ?? null },
      }),
    }),
    route({
      method: 'put',
      path: '/api/admin/directory-import/config',
      summary: 'Spara katalogimportens inställningar: kommunkod, grupper per roll och enhet, vem som leder vilken enhet',
      tag,
      policy: admin,
      body: z.unknown(),
      response: DirectoryImportConfig,
      errors: { 400: 'Ogiltiga inställningar (VALIDATION_FAILED)' },
      handler: async (ctx) => ({ body: await s.directoryImport.saveConfig(ctx.body, requireActor(ctx).userId) }),
    }),
    route({
      method: 'post',
      path: '/api/admin/directory-import/preview',
      summary: 'Förhandsgranska importen: nya, flyttade och avslutade personer, nya och nedlagda enheter (ändrar inget)',
      tag,
      policy: admin,
      response: DirectoryPreview,
      errors: {
        409: 'Importen är inte inställd (DIRECTORY_NOT_CONFIGURED)',
        502: 'Skolenhetsregistret svarar inte (UNIT_REGISTER_UNAVAILABLE)',
      },
      handler: async () => ({ body: await s.directoryImport.preview() }),
    }),
    route({
      method: 'post',
      path: '/api/admin/directory-import/apply',
      summary: 'Tillämpa den förhandsgranskade importen (raderar aldrig dokument)',
      tag,
      policy: admin,
      body: ApplyBody,
      response: ApplyResult,
      errors: { 409: 'Katalogen har ändrats sedan förhandsgranskningen (DIRECTORY_PREVIEW_STALE)' },
      handler: async (ctx) => ({ body: await s.directoryImport.apply(ctx.body.fingerprint, requireActor(ctx).userId) }),
    }),
    route({
      method: 'put',
      path: '/api/admin/intranet/visibility',
      summary: 'Gör de lokala intranätsidorna (/intranet) publika, eller bara för inloggade (standard)',
      tag,
      policy: admin,
      body: IntranetVisibility,
      response: IntranetVisibility,
      handler: async (ctx) => ({ body: await s.intranetAccess.setPublic(ctx.body.public, requireActor(ctx).userId) }),
    }),
    route({
      method: 'get',
      path: '/api/admin/intranet/visibility',
      summary: 'Är de lokala intranätsidorna publika?',
      tag,
      policy: admin,
      response: IntranetVisibility,
      handler: async () => ({ body: { public: await s.intranetAccess.isPublic() } }),
    }),
  ];
}

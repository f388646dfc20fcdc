import { DomainError } from '../../domain/errors';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import {
  FileBody,
  ImportBody,
  ImportPreview,
  ImportResult,
  KeyFigureParams,
  KoladaFetchBody,
  KoladaImportBody,
  UnitKeyFigures,
} from '../../contract/statistics';

const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };
const tag = 'statistik';
const MAX_FILE = 4 * 1024 * 1024;

function decode(contentBase64: string): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('IMPORT_UNREADABLE', 'Filen är tom.');
  if (bytes.length > MAX_FILE) throw new DomainError('PAYLOAD_TOO_LARGE', 'Filen är för stor (högst 4 MB).');
  return bytes;
}

/** What these routes use, and nothing else. */
export type StatisticsRouteServices = Pick<HttpServices, 'statistics'>;

/** Key figures: Kolada (fetched, or a saved answer) and the municipality's own exports (CSV/XLSX). */
export function statisticsRoutes(s: StatisticsRouteServices): Route[] {
  const bodyLimit = Math.ceil((MAX_FILE * 4) / 3) + 4096;
  return [
    route({
      method: 'get',
      path: '/api/units/:unitId/key-figures',
      response: UnitKeyFigures,
      summary: 'Enhetens nyckeltal med treårstrend och jämförelse med kommun och riket',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: KeyFigureParams,
      handler: async (ctx) => ({ body: await s.statistics.forUnit(requireActor(ctx), ctx.params.unitId) }),
    }),
    route({
      method: 'post',
      path: '/api/statistics/import/preview',
      response: ImportPreview,
      summary: 'Förhandsgranska en CSV- eller Excelfil: kolumner, exempelrader och föreslagen mappning',
      tag,
      policy: organiser,
      body: FileBody,
      maxBodyBytes: bodyLimit,
      handler: async (ctx) => ({ body: await s.statistics.preview(requireActor(ctx), ctx.body.fileName, decode(ctx.body.contentBase64)) }),
    }),
    route({
      method: 'post',
      path: '/api/statistics/import',
      response: ImportResult,
      summary: 'Importera nyckeltal från fil: allt eller inget, fel redovisas per rad',
      tag,
      policy: organiser,
      body: ImportBody,
      maxBodyBytes: bodyLimit,
      errors: { 400: 'Filen har fel (IMPORT_INVALID, details.problems: [{line, message}]) eller går inte att läsa' },
      handler: async (ctx) => ({
        body: await s.statistics.importTable(requireActor(ctx), ctx.body.fileName, decode(ctx.body.contentBase64), ctx.body.mapping),
      }),
    }),
    route({
      method: 'post',
      path: '/api/statistics/kolada/import',
      response: ImportResult,
      summary: 'Importera ett sparat svar från Koladas API (v2, oudata eller data)',
      tag,
      policy: organiser,
      body: KoladaImportBody,
      maxBodyBytes: bodyLimit,
      handler: async (ctx) => {
        let json: unknown;
        try {
          json = JSON.parse(decode(ctx.body.contentBase64).toString('utf8'));
        } catch {
          throw new DomainError('IMPORT_UNREADABLE', 'Filen är inte JSON.');
        }
        return { body: await s.statistics.importKolada(requireActor(ctx), json) };
      },
    }),
    route({
      method: 'post',
      path: '/api/statistics/kolada/fetch',
      response: ImportResult,
      summary: 'Hämta nyckeltal direkt från Kolada (kräver nätverk till Kolada)',
      tag,
      policy: organiser,
      body: KoladaFetchBody,
      handler: async (ctx) => ({ body: await s.statistics.fetchFromKolada(requireActor(ctx), ctx.body.years) }),
    }),
  ];
}

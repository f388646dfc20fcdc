import { rolesOf } from '../../domain/identity';
import { DomainError } from '../../domain/errors';
import { myDocuments } from '../../app/documents/my-documents';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import type { SchoolUnit } from '../../app/store/records';
import { route, type Route } from '../route';
import { Me, Unit, UnitParams } from '../schemas';
import type { HttpServices } from '../services';
import { requireActor } from '../auth';
import { MyDocuments, Units } from '../../contract/me';

const unitView = (u: SchoolUnit) => ({ ...u, schoolFormLabel: SCHOOL_FORMS[u.schoolForm] });

/** What these routes use, and nothing else. */
export type UnitRouteServices = Pick<HttpServices, 'directory' | 'store'>;

export function unitRoutes(s: UnitRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/me',
      summary: 'Den inloggade personen, med roller och enheter',
      tag: 'identitet',
      policy: { kind: 'authenticated' },
      response: Me,
      handler: async (ctx) => {
        const actor = requireActor(ctx);
        return { body: { id: actor.userId, displayName: actor.displayName, roles: rolesOf(actor), memberships: actor.memberships } };
      },
    }),
    route({
      method: 'get',
      path: '/api/me/documents',
      response: MyDocuments,
      summary: 'Status för alla dokument för personens enheter (?years=2026-27,2025-26): ett anrop för Mitt kvalitetsarbete',
      tag: 'identitet',
      policy: { kind: 'authenticated' },
      handler: async (ctx) => {
        const years = (ctx.query.years ?? '').split(',').filter(Boolean);
        if (years.length === 0 || years.length > 5 || years.some((y) => !/^\d{4}-\d{2}$/.test(y))) {
          throw new DomainError('VALIDATION_FAILED', 'Ange ett till fem läsår, t.ex. ?years=2026-27,2025-26.');
        }
        return { body: await myDocuments(s.store, s.directory, requireActor(ctx), years) };
      },
    }),
    route({
      method: 'get',
      path: '/api/units',
      summary: 'Enheterna personen ser: alla för huvudmannanivån, annars de egna',
      tag: 'enheter',
      policy: { kind: 'authenticated' },
      response: Units,
      handler: async (ctx) => ({ body: (await s.directory.unitsFor(requireActor(ctx))).map(unitView) }),
    }),
    route({
      method: 'get',
      path: '/api/units/:unitId',
      summary: 'En enhet',
      tag: 'enheter',
      policy: { kind: 'unit', access: 'read' },
      params: UnitParams,
      response: Unit,
      handler: async ({ params }) => ({ body: unitView(await s.directory.unit(params.unitId)) }),
    }),
  ];
}

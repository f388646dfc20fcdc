import { DomainError } from '../../domain/errors';
import { rolesOf, unitIdsOf } from '../../domain/identity';
import { route, type Route } from '../route';
import { DemoDeliveries, DevToken, DevUsers, LoginBody } from '../../contract/me';
import type { HttpServices } from '../services';

/** What these routes use, and nothing else. */
export type DevRouteServices = Pick<HttpServices, 'devIdentity' | 'directory' | 'demoDeliveries'>;

/** The local dev identity provider: pick a seeded person, get a signed token. Mounted only with SKA_AUTH=dev. */
export function devRoutes(s: DevRouteServices): Route[] {
  const dev = s.devIdentity;
  if (!dev) return [];
  return [
    route({
      method: 'get',
      path: '/dev/users',
      summary: 'Demoanvändare att logga in som (bara lokalt)',
      tag: 'dev',
      policy: { kind: 'devOnly' },
      response: DevUsers,
      handler: async () => {
        const [people, units] = await Promise.all([s.directory.people(), s.directory.allUnits()]);
        const nameOf = new Map(units.map((u) => [u.id, u.name]));
        const users = await Promise.all(
          people.map(async (p) => {
            const actor = await s.directory.actorFor(p);
            const unitIds = unitIdsOf(actor);
            return {
              id: p.id,
              displayName: p.displayName,
              roles: rolesOf(actor),
              unitIds,
              units: unitIds.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
            };
          }),
        );
        return { body: users };
      },
    }),
    route({
      method: 'get',
      path: '/dev/demo-connector',
      summary: 'Det boten har "skickat" till demopersonerna: kort för kort, senaste sist (bara lokalt)',
      tag: 'dev',
      policy: { kind: 'devOnly' },
      response: DemoDeliveries,
      handler: async () => ({ body: [...(s.demoDeliveries?.delivered ?? [])] }),
    }),
    route({
      method: 'post',
      path: '/dev/login',
      summary: 'Logga in som en demoanvändare (bara lokalt)',
      tag: 'dev',
      policy: { kind: 'devOnly' },
      body: LoginBody,
      response: DevToken,
      handler: async ({ body }) => {
        const person = await s.directory.person(body.userId);
        if (!person) throw new DomainError('VALIDATION_FAILED', 'Det finns ingen demoanvändare med det id:t.');
        return { body: { token: await dev.issue(person.id, person.appRoles, person.displayName) } };
      },
    }),
  ];
}

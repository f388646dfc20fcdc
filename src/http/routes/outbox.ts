import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import { OutboxItem, OutboxItemParams, OutboxOverview, UnreachablePeople } from '../../contract/organiser';

const tag = 'utkorg';
const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };

/** What these routes use, and nothing else. */
export type OutboxRouteServices = Pick<HttpServices, 'directory' | 'outbox' | 'reach'>;

/** What the bot has sent, what failed and why, and whom it cannot reach: for the organiser. */
export function outboxRoutes(s: OutboxRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/outbox',
      response: OutboxOverview,
      summary:
        'Utkorgens läge: antal per status, meddelanden som inte kom fram (med orsak), personer utan konversation med boten. ?source=round:<id> för en dialogomgång.',
      tag,
      policy: organiser,
      handler: async (ctx) => ({ body: await s.outbox.overview(ctx.query.source || undefined) }),
    }),
    route({
      method: 'post',
      path: '/api/outbox/:itemId/retry',
      response: OutboxItem,
      summary: 'Skicka ett meddelande som inte kom fram igen (t.ex. när appen har installerats för personen)',
      tag,
      policy: organiser,
      params: OutboxItemParams,
      errors: { 422: 'Meddelandet gick att skicka eller väntar redan (OUTBOX_NOT_RETRYABLE)' },
      handler: async (ctx) => ({ body: await s.outbox.retry(ctx.params.itemId) }),
    }),
    route({
      method: 'get',
      path: '/api/bot/unreachable',
      response: UnreachablePeople,
      summary: 'Rektorer, medarbetare och huvudmannanivån som boten inte kan skriva till än (har inte öppnat appen i Teams)',
      tag,
      policy: organiser,
      handler: async () => {
        const people = (await s.directory.people()).filter((p) => !p.appRoles.every((r) => r === 'board') || p.appRoles.length === 0);
        const missing = new Set(await s.reach.unreachable(people.map((p) => p.id)));
        return {
          body: people
            .filter((p) => missing.has(p.id))
            .map((p) => ({ personId: p.id, displayName: p.displayName, email: p.email }))
            .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv')),
        };
      },
    }),
  ];
}

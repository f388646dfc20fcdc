import type { Request } from 'restify';
import { canEditUnitDocuments, canReadUnit } from '../domain/access';
import { DomainError, forbidden } from '../domain/errors';
import type { Actor } from '../domain/identity';
import type { AccessPolicy, RouteContext } from './route';
import type { HttpServices } from './services';

/** What signing in needs: the token validator and the directory. */
export type AuthServices = Pick<HttpServices, 'tokens' | 'directory'>;

const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Du behöver logga in för att fortsätta.');

/** Resolves the bearer token to an actor: token validated, person looked up, memberships from the store. */
export async function authenticate(req: Request, s: AuthServices): Promise<Actor> {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated();
  let identity;
  try {
    identity = await s.tokens.validate(match[1]);
  } catch {
    throw new DomainError('UNAUTHENTICATED', 'Inloggningen är ogiltig eller har gått ut. Logga in igen.');
  }
  const person = identity.personId
    ? await s.directory.person(identity.personId)
    : identity.aadObjectId
      ? await s.directory.personForSignIn(identity.aadObjectId, identity.email)
      : undefined;
  if (!person) throw new DomainError('FORBIDDEN', 'Du finns inte i kvalitetsarbetets personregister. Kontakta systemförvaltaren.');
  // Roles from the token (Entra app roles) and those the store holds (bootstrap admin, directory import's groups).
  return s.directory.actorFor(person, [...new Set([...identity.appRoles, ...person.appRoles])]);
}

/** Applies a route's access policy. Returns the actor for the routes that need one. */
export async function enforce(
  policy: AccessPolicy,
  req: Request,
  params: Record<string, string>,
  s: AuthServices,
): Promise<Actor | undefined> {
  switch (policy.kind) {
    case 'public':
    case 'devOnly': // mounted only when the dev identity is on
    case 'botFramework': // the Bot Framework adapter validates the channel's token itself
      return undefined;
    case 'authenticated':
      return authenticate(req, s);
    case 'appRole': {
      const actor = await authenticate(req, s);
      if (!policy.roles.some((r) => actor.appRoles.includes(r))) throw forbidden();
      return actor;
    }
    case 'unit': {
      const actor = await authenticate(req, s);
      const allowed = policy.access === 'read' ? canReadUnit(actor, params.unitId) : canEditUnitDocuments(actor, params.unitId);
      if (!allowed) {
        throw forbidden(
          policy.access === 'read' ? 'Du har inte behörighet till den här enheten.' : 'Bara enhetens rektor kan ändra enhetens dokument.',
        );
      }
      return actor;
    }
  }
}

export function requireActor(ctx: Pick<RouteContext<unknown, unknown>, 'actor'>): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

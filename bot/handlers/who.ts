import type { TurnContext } from 'botbuilder';
import type { Person } from '../../src/app/store/records';
import type { Actor } from '../../src/domain/identity';
import type { BotDeps } from '../bot-deps';

/**
 * Microsoft 365 Agents Playground's default user, as its default config (the package's
 * .m365agentsplayground.yml template, `currentUser`) declares it: id user-id-0, aadObjectId …020.
 */
export const PLAYGROUND_DEFAULT_USER = { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020' } as const;

function isPlaygroundUser(from: { id?: string; aadObjectId?: string }): boolean {
  return from.aadObjectId === PLAYGROUND_DEFAULT_USER.aadObjectId || (!from.aadObjectId && from.id === PLAYGROUND_DEFAULT_USER.id);
}

/**
 * The person behind the Teams user: locally the Playground user as SKA_PLAYGROUND_USER says (a demo
 * person's id or e-mail; local and test stages only), else by Entra object id, else by the stored conversation.
 */
export async function personOf(context: TurnContext, deps: BotDeps): Promise<Person | undefined> {
  const from = context.activity.from ?? {};
  if (deps.playgroundUser && isPlaygroundUser(from)) {
    const wanted = deps.playgroundUser;
    const mapped = wanted.includes('@') ? await deps.directory.personByEmail(wanted) : await deps.directory.person(wanted);
    if (mapped) return mapped;
    deps.log.error('SKA_PLAYGROUND_USER names nobody in the store', { playgroundUser: wanted });
  }
  let person = from.aadObjectId ? await deps.directory.personByAadObjectId(from.aadObjectId) : undefined;
  if (!person && from.id) {
    const stored = await deps.conversations.find(from.aadObjectId ?? from.id);
    if (stored?.personId) person = await deps.directory.person(stored.personId);
  }
  return person;
}

export async function actorOf(context: TurnContext, deps: BotDeps): Promise<Actor | undefined> {
  const person = await personOf(context, deps);
  return person ? deps.directory.actorFor(person) : undefined;
}

export const UNKNOWN_PERSON_MESSAGE = 'Jag hittar dig inte i kvalitetsarbetets personregister. Kontakta systemförvaltaren.';

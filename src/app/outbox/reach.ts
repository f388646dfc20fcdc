/**
 * Whether and where the bot can reach a person: their stored conversation reference, found by
 * person id, or by their Entra object id when the person was linked after they met the bot.
 */
import type { Directory } from '../directory/directory';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';

/** Up to so many people, a query each; more, one read of the whole list. */
const FEW = 3;

export class Reach {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
  ) {}

  async referenceFor(personId: string): Promise<unknown | undefined> {
    const item = await this.itemFor(personId);
    return item ? JSON.parse(String(item.fields.reference)) : undefined;
  }

  /** The people of these ids the bot cannot write to yet (for many: one read of all references, not one query each). */
  async unreachable(personIds: string[]): Promise<string[]> {
    const ids = [...new Set(personIds)];
    const missing: string[] = [];
    if (ids.length <= FEW) {
      for (const id of ids) if (!(await this.itemFor(id))) missing.push(id);
      return missing;
    }
    const references = await queryAll(this.store, 'conversationReferences');
    const byPerson = new Set(references.map((r) => String(r.fields.personId ?? '')));
    const byUser = new Set(references.map((r) => String(r.fields.userKey ?? '')));
    for (const id of ids) {
      if (id && byPerson.has(id)) continue;
      const person = id ? await this.directory.person(id).catch(() => undefined) : undefined;
      if (!person?.aadObjectId || !byUser.has(person.aadObjectId)) missing.push(id);
    }
    return missing;
  }

  private async itemFor(personId: string): Promise<ListItem | undefined> {
    if (!personId) return undefined;
    const [byPerson] = (await this.store.query('conversationReferences', { where: { personId }, top: 1 })).items;
    if (byPerson) return byPerson;
    const person = await this.directory.person(personId).catch(() => undefined);
    if (!person?.aadObjectId) return undefined;
    const [byUser] = (await this.store.query('conversationReferences', { where: { userKey: person.aadObjectId }, top: 1 })).items;
    return byUser;
  }
}

export const conversationIdOf = (reference: unknown): string | undefined => {
  const id = (reference as { conversation?: { id?: unknown } } | undefined)?.conversation?.id;
  return typeof id === 'string' ? id : undefined;
};

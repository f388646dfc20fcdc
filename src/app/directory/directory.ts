import { canSeeAllUnits } from '../../domain/access';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { queryAll, type ListStore } from '../ports/list-store';
import { toMembership, toPerson, toUnit, type Person, type SchoolUnit } from '../store/records';

/** Units, people and who belongs where: the organisation as the store holds it. */
export class Directory {
  constructor(private readonly store: ListStore) {}

  async allUnits(): Promise<SchoolUnit[]> {
    const units = (await queryAll(this.store, 'units')).map(toUnit);
    return units.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async unit(unitId: string): Promise<SchoolUnit> {
    const item = await this.store.get('units', unitId);
    if (!item) throw notFound('Enheten');
    return toUnit(item);
  }

  /** The units a person sees: every unit for the organiser level, otherwise their own. */
  async unitsFor(actor: Actor): Promise<SchoolUnit[]> {
    const all = await this.allUnits();
    if (canSeeAllUnits(actor)) return all;
    const mine = new Set(actor.memberships.map((m) => m.unitId));
    return all.filter((u) => mine.has(u.id));
  }

  async people(): Promise<Person[]> {
    return (await queryAll(this.store, 'people')).map(toPerson);
  }

  async person(personId: string): Promise<Person | undefined> {
    const item = await this.store.get('people', personId);
    return item && toPerson(item);
  }

  async personByAadObjectId(aadObjectId: string): Promise<Person | undefined> {
    const [item] = await queryAll(this.store, 'people', { aadObjectId });
    return item && toPerson(item);
  }

  async personByEmail(email: string): Promise<Person | undefined> {
    const [item] = await queryAll(this.store, 'people', { email: email.toLowerCase() });
    return item && toPerson(item);
  }

  /**
   * The person behind an Entra ID sign-in: by object id, else by e-mail, whose object id is then
   * remembered so the next look-up is direct.
   */
  async personForSignIn(aadObjectId: string, email: string | undefined, actorId = 'sign-in'): Promise<Person | undefined> {
    const known = await this.personByAadObjectId(aadObjectId);
    if (known || !email) return known;
    const byEmail = await this.personByEmail(email);
    if (!byEmail || byEmail.aadObjectId) return undefined;
    await this.store.update('people', byEmail.id, { aadObjectId, modifiedById: actorId });
    return { ...byEmail, aadObjectId };
  }

  async memberships(personId: string) {
    return (await queryAll(this.store, 'memberships', { personId })).map(toMembership);
  }

  /** Every unit's principals, as (unit, person) in the store's order: the one home of "who is principal where". */
  async principals(): Promise<{ unitId: string; personId: string }[]> {
    // Only the three fields it needs: every membership of the municipality, staff included (0.8 MB of items at 300 units).
    return (await queryAll(this.store, 'memberships', undefined, ['unitId', 'personId', 'role']))
      .filter((m) => m.fields.role === 'principal')
      .map((m) => ({ unitId: String(m.fields.unitId), personId: String(m.fields.personId) }));
  }

  /** The person ids of a unit's principals. */
  async principalsOf(unitId: string): Promise<string[]> {
    return (await queryAll(this.store, 'memberships', { unitId }))
      .filter((m) => m.fields.role === 'principal')
      .map((m) => String(m.fields.personId));
  }

  /** Principals' person ids by unit id. */
  async principalsByUnit(): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    for (const { unitId, personId } of await this.principals()) map.set(unitId, [...(map.get(unitId) ?? []), personId]);
    return map;
  }

  /** The actor for a person: app roles from the identity provider when given, memberships from the store. */
  async actorFor(person: Person, appRoles: Actor['appRoles'] = person.appRoles): Promise<Actor> {
    const memberships = (await this.memberships(person.id)).map(({ unitId, role }) => ({ unitId, role }));
    return { userId: person.id, displayName: person.displayName, appRoles, memberships };
  }
}

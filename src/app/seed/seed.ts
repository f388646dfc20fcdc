import { previousSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import type { Directory } from '../directory/directory';
import type { PlanService } from '../documents/plans';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import { DEMO_PEOPLE, DEMO_UNITS, demoContentOf } from './demo-municipality';
import { seedDemoYear, writePlan, type DemoYearServices } from './demo-year';

interface SeedDeps {
  store: ListStore;
  directory: Directory;
  plans: PlanService;
  clock: Clock;
}

/**
 * How much of Sjöviks kommun to seed: `year` the municipality in the middle of its year (the demo);
 * `basic` last year's final plans and this year's drafts (the tests' starting point); `empty` the
 * units and people only, for walking a year from its start.
 */
export type DemoSeed = 'year' | 'basic' | 'empty';

/** Units whose current plan is left not started, so the year's first step can be shown. */
const NOT_STARTED_THIS_YEAR = new Set(['bjorkskolan', 'asen', 'tallidens']);

/**
 * Seeds the demo municipality on first start (when there are no units): units, people,
 * memberships, and as much of the year as asked. Every create of the municipality carries a key,
 * so an interrupted seed can run again without duplicates; once there are units, it does nothing.
 */
export async function seedDemoMunicipality(deps: SeedDeps, mode: DemoSeed = 'basic', year?: DemoYearServices): Promise<boolean> {
  const { store, directory, plans, clock } = deps;
  if ((await store.query('units', { top: 1 })).items.length > 0) return false;
  const unitIds = new Map<string, string>();
  for (const u of DEMO_UNITS) {
    const item = await store.create(
      'units',
      { name: u.name, schoolForm: u.schoolForm, schoolUnitCode: u.schoolUnitCode, koladaId: u.koladaId, modifiedById: 'seed' },
      { key: `unit:${u.ref}` },
    );
    unitIds.set(u.ref, item.id);
  }
  const principals = new Map<string, string>();
  const personIds = new Map<string, string>();
  for (const p of DEMO_PEOPLE) {
    // In the year, the bot has met people in Teams, which knows them by their Entra object id.
    const aadObjectId = mode === 'year' ? demoObjectId(p.ref) : '';
    const person = await store.create(
      'people',
      { displayName: p.displayName, email: p.email, aadObjectId, appRoles: JSON.stringify(p.appRoles), modifiedById: 'seed' },
      { key: `person:${p.ref}` },
    );
    personIds.set(p.ref, person.id);
    for (const [unitRef, role] of p.units) {
      const unitId = unitIds.get(unitRef)!;
      await store.create(
        'memberships',
        { unitId, personId: person.id, role, modifiedById: 'seed' },
        { key: `membership:${unitRef}:${p.ref}:${role}` },
      );
      if (role === 'principal') principals.set(unitRef, person.id);
    }
  }
  if (mode === 'empty') return true;
  if (mode === 'year') {
    if (!year) throw new Error('The demo year needs the use cases to play it through.');
    await seedDemoYear(year, unitIds, personIds);
    return true;
  }

  const current = schoolYearOfDay(clock.today());
  const previous = previousSchoolYear(current);
  for (const u of DEMO_UNITS) {
    const principal = await directory.person(principals.get(u.ref)!);
    const actor = await directory.actorFor(principal!);
    const unitId = unitIds.get(u.ref)!;
    const content = demoContentOf(u.schoolForm);
    const last = await writePlan(plans, actor, unitId, previous, content);
    await store.update('plans', last.plan.id, { status: 'final', modifiedById: actor.userId });
    if (!NOT_STARTED_THIS_YEAR.has(u.ref)) await writePlan(plans, actor, unitId, current, content.slice(0, 1), clock.today());
  }
  return true;
}

/** A stable, GUID-shaped object id per demo person (not a real tenant's). */
function demoObjectId(ref: string): string {
  const hex = [...ref]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(32, '0')
    .slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

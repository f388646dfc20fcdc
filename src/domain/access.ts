import type { Actor } from './identity';

/**
 * Who may do what with a unit's documents: by role and by unit.
 * Pure decisions; the app layer enforces them for every entry point.
 * The admin (systemförvaltare) configures — units, people, presets, question sets, the year
 * wheel — and reads no documents, notes or results and sends nothing; a municipality whose admin
 * should read more gives that person the organiser role as well, and then both apply.
 */
/** The one home of "is organiser" (the tab's hint: tabs/src/lib/permissions.ts). */
export const isOrganiser = (actor: Actor): boolean => actor.appRoles.includes('organiser');

/** Configuration: units, people, presets, question sets and the year wheel. */
export const canConfigure = (actor: Actor): boolean => actor.appRoles.includes('admin');

export function canReadUnit(actor: Actor, unitId: string): boolean {
  if (isOrganiser(actor)) return true;
  return actor.memberships.some((m) => m.unitId === unitId);
}

/** The one home of "is principal of this unit" (the tab's hint: tabs/src/lib/permissions.ts). */
export function isPrincipalOf(actor: Actor, unitId: string): boolean {
  return actor.memberships.some((m) => m.unitId === unitId && m.role === 'principal');
}

/** The units an actor is principal of. */
export function principalUnitsOf(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === 'principal').map((m) => m.unitId);
}

/** A unit's documents are written by its principal. */
export function canEditUnitDocuments(actor: Actor, unitId: string): boolean {
  return isPrincipalOf(actor, unitId);
}

export function canSeeAllUnits(actor: Actor): boolean {
  return isOrganiser(actor);
}

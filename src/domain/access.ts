import type { Actor } from './identity';

/**
 * Who may do what with a unit's documents: by role and by unit.
 * Pure decisions; the app layer enforces them for every entry point.
 * The admin (systemförvaltare) configures — units, people, presets, question sets, the year
 * wheel — and reads no documents, notes or results and sends nothing; a municipality whose admin
 * should read more gives that person the organiser role as well, and then both apply.
 */
export const isOrganiser = (actor: Actor): boolean => actor.appRoles.includes('organiser');

/** Configuration: units, people, presets, question sets and the year wheel. */
export const canConfigure = (actor: Actor): boolean => actor.appRoles.includes('admin');

export function canReadUnit(actor: Actor, unitId: string): boolean {
  if (isOrganiser(actor)) return true;
  return actor.memberships.some((m) => m.unitId === unitId);
}

export function canEditUnitDocuments(actor: Actor, unitId: string): boolean {
  return actor.memberships.some((m) => m.unitId === unitId && m.role === 'principal');
}

export function canSeeAllUnits(actor: Actor): boolean {
  return isOrganiser(actor);
}

import type { Actor } from './identity';

/**
 * Who may do what with a unit's documents: by role and by unit.
 * Pure decisions; the app layer enforces them for every entry point.
 */
export function canReadUnit(actor: Actor, unitId: string): boolean {
  if (actor.appRoles.includes('organiser') || actor.appRoles.includes('admin')) return true;
  return actor.memberships.some((m) => m.unitId === unitId);
}

export function canEditUnitDocuments(actor: Actor, unitId: string): boolean {
  return actor.memberships.some((m) => m.unitId === unitId && m.role === 'principal');
}

export function canSeeAllUnits(actor: Actor): boolean {
  return actor.appRoles.includes('organiser') || actor.appRoles.includes('admin');
}

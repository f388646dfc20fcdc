import type { Me } from '../api/types';

/**
 * Hints for which controls to offer; the server decides and answers 403 otherwise.
 * Comments are written by the organiser level and answered by the unit's principal.
 */
export function mayComment(me: Me | undefined, unitId: string): boolean {
  if (!me) return false;
  return me.roles.includes('organiser') || me.memberships.some((m) => m.unitId === unitId && m.role === 'principal');
}

export function isPrincipalOf(me: Me | undefined, unitId: string): boolean {
  return me?.memberships.some((m) => m.unitId === unitId && m.role === 'principal') ?? false;
}

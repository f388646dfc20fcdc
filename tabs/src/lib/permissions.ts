import type { Me } from '../api/types';

/**
 * Hints for which controls to offer; the server decides and answers 403 otherwise. The tab's one
 * home of these questions; the rules themselves are the server's (src/domain/access.ts).
 * Comments are written by the organiser level and answered by the unit's principal.
 */
export const isOrganiser = (me: { roles: readonly string[] } | undefined): boolean => me?.roles.includes('organiser') ?? false;

/** Principal of this unit. */
export function isPrincipalOf(me: Me | undefined, unitId: string): boolean {
  return me?.memberships.some((m) => m.unitId === unitId && m.role === 'principal') ?? false;
}

/** Principal of some unit. */
export const isPrincipal = (me: Me | undefined): boolean => me?.memberships.some((m) => m.role === 'principal') ?? false;

export function mayComment(me: Me | undefined, unitId: string): boolean {
  return isOrganiser(me) || isPrincipalOf(me, unitId);
}

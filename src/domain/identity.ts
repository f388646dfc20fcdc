/** App roles come from the identity provider (Entra ID app roles, or the dev provider). */
export const APP_ROLES = ['organiser', 'board', 'admin'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** Unit roles come from the memberships list. */
export const UNIT_ROLES = ['principal', 'staff'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export type Role = AppRole | UnitRole;

export interface Membership {
  unitId: string;
  role: UnitRole;
}

/** The person acting, as the app knows them for one request. */
export interface Actor {
  userId: string;
  displayName: string;
  appRoles: readonly AppRole[];
  memberships: readonly Membership[];
}

export function rolesOf(actor: Pick<Actor, 'appRoles' | 'memberships'>): Role[] {
  const unitRoles = new Set(actor.memberships.map((m) => m.role));
  return [...actor.appRoles, ...UNIT_ROLES.filter((r) => unitRoles.has(r))];
}

export const unitIdsOf = (actor: Pick<Actor, 'memberships'>) => [...new Set(actor.memberships.map((m) => m.unitId))];

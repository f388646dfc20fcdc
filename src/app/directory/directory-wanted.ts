/** Who should be in the app, with which roles, from the configured Entra ID groups or the app's role assignments. */
import type { WantedPerson } from '../../domain/directory-changes';
import { DomainError } from '../../domain/errors';
import type { AppRole } from '../../domain/identity';
import type { DirectorySource, DirectoryUser } from '../ports/directory-source';
import { guid, type DirectoryImportConfig } from './directory-import-config';

/** Who should be here, with which roles, from the configured groups. */
export async function wantedPeople(
  config: DirectoryImportConfig,
  directory: DirectorySource,
): Promise<{ people: WantedPerson[]; warnings: string[] }> {
  const people = new Map<string, WantedPerson>();
  const warnings: string[] = [];
  const add = (u: DirectoryUser, role?: AppRole, membership?: WantedPerson['memberships'][number]) => {
    const p = people.get(u.objectId) ?? {
      objectId: u.objectId,
      displayName: u.displayName,
      email: u.email,
      appRoles: [],
      memberships: [],
    };
    if (role && !p.appRoles.includes(role)) p.appRoles.push(role);
    if (membership && !p.memberships.some((m) => m.schoolUnitCode === membership.schoolUnitCode && m.role === membership.role))
      p.memberships.push(membership);
    people.set(u.objectId, p);
  };
  const membersOf = new Map<string, Promise<DirectoryUser[]>>();
  const members = (groupId: string) => {
    if (!membersOf.has(groupId)) membersOf.set(groupId, directory.groupMembers(groupId));
    return membersOf.get(groupId)!;
  };

  if (config.roleSource === 'appRoles') {
    if (!config.appRoles)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Ange appens tjänsteobjekt (service principal) och roll-id:n för att läsa roller från rolltilldelningar.',
      );
    const roleOf = new Map(
      Object.entries(config.appRoles.roleIds)
        .filter(([, id]) => id)
        .map(([role, id]) => [id!.toLowerCase(), role as AppRole]),
    );
    for (const a of await directory.appRoleAssignments(config.appRoles.servicePrincipalId)) {
      const role = roleOf.get(a.appRoleId.toLowerCase());
      if (!role) continue;
      // A role given to a group holds for its members; Entra does not expand it for us.
      if (a.principalType === 'Group') for (const u of await members(a.principalId)) add(u, role);
      else if (a.principalType === 'User') {
        const u = await directory.user(a.principalId);
        if (u) add(u, role);
      }
    }
  } else {
    for (const role of ['organiser', 'board', 'admin'] as const) {
      const groupId = config.groups[role];
      if (groupId) for (const u of await members(groupId)) add(u, role);
    }
  }
  for (const unit of config.units) {
    if (unit.principalGroupId)
      for (const u of await members(unit.principalGroupId)) add(u, undefined, { schoolUnitCode: unit.schoolUnitCode, role: 'principal' });
    if (unit.staffGroupId)
      for (const u of await members(unit.staffGroupId)) add(u, undefined, { schoolUnitCode: unit.schoolUnitCode, role: 'staff' });
  }
  // The leadership mapping names principals by object id or e-mail, among the principals' group.
  const principals = config.groups.principals ? await members(config.groups.principals) : [];
  const known = [...principals, ...[...people.values()].map((p) => ({ objectId: p.objectId, displayName: p.displayName, email: p.email }))];
  for (const [code, refs] of Object.entries(config.leadership)) {
    for (const ref of refs) {
      const key = ref.toLowerCase();
      const u =
        known.find((k) => k.objectId.toLowerCase() === key || k.email === key) ??
        (guid.safeParse(ref).success ? await directory.user(ref) : undefined);
      if (u) add(u, undefined, { schoolUnitCode: code, role: 'principal' });
      else warnings.push(`${ref} (rektor för ${code}) finns inte i Entra ID eller i rektorsgruppen.`);
    }
  }
  return { people: [...people.values()].sort((a, b) => a.objectId.localeCompare(b.objectId)), warnings };
}

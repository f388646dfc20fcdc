import type { RegisteredUnit } from '../../domain/school-unit-register';

/** A person as Entra ID gives them. */
export interface DirectoryUser {
  objectId: string;
  displayName: string;
  /** mail, else userPrincipalName; lower case. */
  email: string;
}

/** An app role assignment: to a user directly, or to a group (whose members then hold the role). */
export interface RoleAssignment {
  appRoleId: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal';
}

/** Entra ID, read app-only (adapter: GraphDirectorySource). */
export interface DirectorySource {
  /** Every user in the group, nested groups included. */
  groupMembers(groupId: string): Promise<DirectoryUser[]>;
  user(objectId: string): Promise<DirectoryUser | undefined>;
  /** Who holds the app's roles (assignments on its service principal). */
  appRoleAssignments(servicePrincipalId: string): Promise<RoleAssignment[]>;
}

/** Skolverket's Skolenhetsregistret, live or from a saved file (adapters in src/adapters/skolverket). */
export interface UnitRegister {
  unitsOf(municipalityCode: string): Promise<RegisteredUnit[]>;
}

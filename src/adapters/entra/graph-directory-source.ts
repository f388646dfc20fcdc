import { GraphHttp, GRAPH_V1, type GraphHttpOptions } from '../graph/graph-http';
import { GraphRequestError } from '../graph/graph-request-error';
import type { DirectorySource, DirectoryUser, RoleAssignment } from '../../app/ports/directory-source';

interface GraphUser {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
}
interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const USER_FIELDS = 'id,displayName,mail,userPrincipalName';
const isGuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * Entra ID users and groups through Graph, app-only (GroupMember.Read.All, User.ReadBasic.All;
 * Application.Read.All for role assignments). Same request steps as the list store: auth,
 * retry on 429/503/504 with Retry-After, timeout.
 */
export class GraphDirectorySource implements DirectorySource {
  constructor(private readonly http: GraphHttp) {}

  static create(options: GraphHttpOptions): GraphDirectorySource {
    return new GraphDirectorySource(new GraphHttp(options));
  }

  async groupMembers(groupId: string): Promise<DirectoryUser[]> {
    if (!isGuid(groupId)) throw new Error(`"${groupId}" is not a group object id`);
    // transitiveMembers flattens nested groups; the OData cast to microsoft.graph.user would need
    // ConsistencyLevel: eventual and $count (advanced query), so users are picked by @odata.type
    // instead. $top up to 999 (group-list-transitivemembers: default page 100, max 999).
    const members = await this.all<GraphUser>(`${GRAPH_V1}/groups/${groupId}/transitiveMembers?$select=${USER_FIELDS}&$top=999`);
    return members.filter((m) => m['@odata.type'] === '#microsoft.graph.user').map(toUser);
  }

  async user(objectId: string): Promise<DirectoryUser | undefined> {
    if (!isGuid(objectId)) return undefined;
    try {
      return toUser(await this.http.get<GraphUser>(`${GRAPH_V1}/users/${objectId}?$select=${USER_FIELDS}`));
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** serviceprincipal-list-approleassignedto: users and groups (not their members) with a role; paged by nextLink. */
  async appRoleAssignments(servicePrincipalId: string): Promise<RoleAssignment[]> {
    if (!isGuid(servicePrincipalId)) throw new Error(`"${servicePrincipalId}" is not a service principal object id`);
    const rows = await this.all<{ appRoleId: string; principalId: string; principalType: RoleAssignment['principalType'] }>(
      `${GRAPH_V1}/servicePrincipals/${servicePrincipalId}/appRoleAssignedTo`,
    );
    return rows.map(({ appRoleId, principalId, principalType }) => ({ appRoleId, principalId, principalType }));
  }

  /** Follows the whole @odata.nextLink, never a self-made skip token. */
  private async all<T>(url: string): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = url;
    while (next) {
      const page: Page<T> = await this.http.get<Page<T>>(next);
      out.push(...page.value);
      next = page['@odata.nextLink'];
    }
    return out;
  }
}

function toUser(u: GraphUser): DirectoryUser {
  // mail is null for accounts without a mailbox; the sign-in name is then the one the token carries.
  const email = (u.mail || u.userPrincipalName || '').toLowerCase();
  return { objectId: u.id, displayName: u.displayName || email || u.id, email };
}

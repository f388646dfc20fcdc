/**
 * Entra ID users, groups and app role assignments for the Graph fake: what the directory import
 * reads. Each rule names the Graph documentation it follows.
 */
import { randomBytes } from 'node:crypto';
import { graphError, type Answer } from './fake-site';

export interface FakeUser {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
}
export interface FakeGroup {
  id: string;
  displayName: string;
  /** Object ids of users or of other groups (nesting). */
  members: string[];
}
export interface FakeAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  principalType: 'User' | 'Group';
  principalDisplayName: string;
  resourceId: string;
}

const GRAPH_PUBLIC = 'https://graph.microsoft.com/v1.0';
// user resource type: the properties returned when no $select is given.
const DEFAULT_USER_PROPS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

export class FakeDirectory {
  readonly users = new Map<string, FakeUser>();
  readonly groups = new Map<string, FakeGroup>();
  readonly assignments = new Map<string, FakeAssignment[]>();
  /** Requests answered, by path, so tests can see paging happen. */
  readonly requests: string[] = [];
  /** Graph may give smaller pages than $top asks (paging docs): tests set this to see nextLinks followed. */
  pageSizeCap?: number;
  private readonly skipTokens = new Map<string, { key: string; offset: number }>();

  addUser(u: FakeUser) {
    this.users.set(u.id, u);
  }
  addGroup(g: FakeGroup) {
    this.groups.set(g.id, g);
  }

  handle(method: string, seg: string[], query: URLSearchParams): Answer {
    this.requests.push(`/${seg.join('/')}`);
    if (method !== 'GET') return graphError(405, 'Request_BadRequest', 'The directory fake only reads.');
    const [root, id, relation, ...rest] = seg;
    if (root === 'users' && id && !relation) {
      // user-get takes the object id or the userPrincipalName; unknown ones answer 404 Request_ResourceNotFound.
      const user = this.users.get(id) ?? [...this.users.values()].find((u) => u.userPrincipalName.toLowerCase() === id.toLowerCase());
      if (!user) return notFound(id);
      return {
        status: 200,
        body: { '@odata.context': `${GRAPH_PUBLIC}/$metadata#users/$entity`, ...select(user, query, DEFAULT_USER_PROPS) },
      };
    }
    if (root === 'groups' && id && (relation === 'members' || relation === 'transitiveMembers') && rest.length === 0) {
      const group = this.groups.get(id);
      if (!group) return notFound(id);
      // group-list-members is direct members only; group-list-transitivemembers flattens nested groups (and lists the nested groups too).
      const ids = relation === 'members' ? group.members : this.transitive(group, new Set());
      const objects = ids.map((m) => this.object(m, query)).filter((o): o is Record<string, unknown> => !!o);
      // Default page 100, maximum 999 (group-list-members, group-list-transitivemembers).
      return this.page(`${seg.join('/')}`, objects, query, 100, 999);
    }
    if (root === 'servicePrincipals' && id && relation === 'appRoleAssignedTo' && rest.length === 0) {
      const rows = this.assignments.get(id);
      if (!rows) return notFound(id);
      // serviceprincipal-list-approleassignedto: groups are listed as groups, their members are not expanded.
      return this.page(
        seg.join('/'),
        rows.map((r) => ({ ...r })),
        query,
        100,
        999,
      );
    }
    return graphError(400, 'BadRequest', `Resource not found for the segment '${seg.at(-1)}'.`);
  }

  private transitive(group: FakeGroup, seen: Set<string>): string[] {
    const out: string[] = [];
    for (const m of group.members) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
      const nested = this.groups.get(m);
      if (nested) out.push(...this.transitive(nested, seen));
    }
    return out;
  }

  private object(id: string, query: URLSearchParams): Record<string, unknown> | undefined {
    const user = this.users.get(id);
    // directoryObject collections always carry @odata.type, so a caller tells users from groups without a cast.
    if (user) return { '@odata.type': '#microsoft.graph.user', ...select(user, query, DEFAULT_USER_PROPS) };
    const group = this.groups.get(id);
    if (group)
      return {
        '@odata.type': '#microsoft.graph.group',
        ...select({ id: group.id, displayName: group.displayName, mail: null }, query, ['id', 'displayName', 'mail']),
      };
    return undefined;
  }

  /** Paging with an opaque $skiptoken inside a whole @odata.nextLink (paging docs: follow nextLink as given). */
  private page(path: string, objects: Record<string, unknown>[], query: URLSearchParams, defaultSize: number, maxSize: number): Answer {
    const token = query.get('$skiptoken');
    const state = token ? this.skipTokens.get(token) : { key: path, offset: 0 };
    if (!state || state.key !== path) return graphError(400, 'Request_BadRequest', 'Invalid skip token.');
    const size = Math.min(Number(query.get('$top') ?? defaultSize) || defaultSize, maxSize, this.pageSizeCap ?? maxSize);
    const page = objects.slice(state.offset, state.offset + size);
    const body: Record<string, unknown> = { value: page };
    if (state.offset + size < objects.length) {
      const next = randomBytes(12).toString('base64url');
      this.skipTokens.set(next, { key: path, offset: state.offset + size });
      const params = [...query.entries()].filter(([k]) => k !== '$skiptoken').map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
      body['@odata.nextLink'] = `${GRAPH_PUBLIC}/${path}?${[...params, `$skiptoken=${next}`].join('&')}`;
    }
    return { status: 200, body };
  }
}

/** $select returns the named properties (and id); without it, the resource's default set. */
function select(entity: Record<string, unknown> | FakeUser, query: URLSearchParams, defaults: string[]): Record<string, unknown> {
  const wanted = query
    .get('$select')
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const props = wanted?.length ? [...new Set(['id', ...wanted])] : defaults;
  const source = entity as Record<string, unknown>;
  return Object.fromEntries(props.filter((p) => p in source || defaults.includes(p)).map((p) => [p, source[p] ?? null]));
}

const notFound = (id: string) =>
  graphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

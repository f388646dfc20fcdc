/** GraphDirectorySource against the Graph fake: transitive members, paging, $select, role assignments, unknown ids. */
import { GraphDirectorySource } from '../../src/adapters/entra/graph-directory-source';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { FakeGraphServer } from './fake-graph-server';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
let fake: FakeGraphServer;
let source: GraphDirectorySource;

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  source = GraphDirectorySource.create({
    authProvider: new StaticTokenAuthProvider('t'),
    hostRewrite: fake.url,
    retry: { baseDelayMs: 1 },
  });
  for (let n = 1; n <= 250; n++)
    fake.directory.addUser({
      id: id('aaaaaaaa', n),
      displayName: `Person ${n}`,
      mail: n % 2 ? `p${n}@x.example` : null,
      userPrincipalName: `P${n}@x.example`,
    });
  fake.directory.addGroup({ id: id('bbbbbbbb', 2), displayName: 'inner', members: [id('aaaaaaaa', 250)] });
  fake.directory.addGroup({
    id: id('bbbbbbbb', 1),
    displayName: 'outer',
    members: [...Array.from({ length: 200 }, (_, i) => id('aaaaaaaa', i + 1)), id('bbbbbbbb', 2)],
  });
  fake.directory.assignments.set(id('cccccccc', 1), [
    {
      id: 'x1',
      appRoleId: id('dddddddd', 1),
      principalId: id('bbbbbbbb', 2),
      principalType: 'Group',
      principalDisplayName: 'inner',
      resourceId: id('cccccccc', 1),
    },
    {
      id: 'x2',
      appRoleId: id('dddddddd', 2),
      principalId: id('aaaaaaaa', 3),
      principalType: 'User',
      principalDisplayName: 'Person 3',
      resourceId: id('cccccccc', 1),
    },
  ]);
});
afterAll(() => fake.close());

test('reads every user of a group through nested groups and across pages, with mail or else the sign-in name', async () => {
  fake.directory.pageSizeCap = 60;
  fake.directory.requests.length = 0;
  const users = await source.groupMembers(id('bbbbbbbb', 1));
  expect(users).toHaveLength(201); // 200 direct + 1 through the nested group; the group itself is left out
  expect(fake.directory.requests.length).toBe(4); // 202 objects in pages of 60
  expect(users.find((u) => u.objectId === id('aaaaaaaa', 2))).toEqual({
    objectId: id('aaaaaaaa', 2),
    displayName: 'Person 2',
    email: 'p2@x.example',
  });
  expect(users.find((u) => u.objectId === id('aaaaaaaa', 1))!.email).toBe('p1@x.example');
});

test('asks only for the fields it needs', async () => {
  const log = fake.stats.log.filter((r) => r.path.includes('/transitiveMembers'));
  expect(log.length).toBeGreaterThan(0);
  const raw = await fetch(`${fake.url}/v1.0/groups/${id('bbbbbbbb', 2)}/transitiveMembers?$select=id,displayName,mail,userPrincipalName`, {
    headers: { authorization: 'Bearer t' },
  });
  const [member] = ((await raw.json()) as { value: Record<string, unknown>[] }).value;
  expect(Object.keys(member).sort()).toEqual(['@odata.type', 'displayName', 'id', 'mail', 'userPrincipalName']);
});

test('role assignments name groups and users; unknown ids are not found', async () => {
  const rows = await source.appRoleAssignments(id('cccccccc', 1));
  expect(rows.map((r) => r.principalType)).toEqual(['Group', 'User']);
  expect(await source.user(id('aaaaaaaa', 999))).toBeUndefined();
  await expect(source.groupMembers(id('bbbbbbbb', 9))).rejects.toMatchObject({ status: 404 });
  await expect(source.groupMembers('not-a-guid')).rejects.toThrow(/not a group object id/);
});

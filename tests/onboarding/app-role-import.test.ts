/** The import with organiser, board and admin from the app's role assignments instead of groups (a group assigned a role gives it to its members). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphDirectorySource } from '../../src/adapters/entra/graph-directory-source';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { SkolenhetsregistretFileSource } from '../../src/adapters/skolverket/skolenhetsregistret-source';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { DirectoryImport } from '../../src/app/directory/directory-import';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { queryAll } from '../../src/app/ports/list-store';
import { toPerson } from '../../src/app/store/records';
import { FakeGraphServer } from '../graph/fake-graph-server';

const id = (p: string, n: number) => `${p}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SP = id('cccccccc', 1);
const ROLE = { organiser: id('dddddddd', 1), board: id('dddddddd', 2), admin: id('dddddddd', 3) };
let fake: FakeGraphServer;
let store: SqliteListStore;

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  for (let n = 1; n <= 3; n++)
    fake.directory.addUser({
      id: id('aaaaaaaa', n),
      displayName: `Person ${n}`,
      mail: `p${n}@x.example`,
      userPrincipalName: `p${n}@x.example`,
    });
  fake.directory.addGroup({ id: id('bbbbbbbb', 1), displayName: 'Förvaltningen', members: [id('aaaaaaaa', 1), id('aaaaaaaa', 2)] });
  fake.directory.assignments.set(SP, [
    {
      id: 'a1',
      appRoleId: ROLE.organiser,
      principalId: id('bbbbbbbb', 1),
      principalType: 'Group',
      principalDisplayName: 'Förvaltningen',
      resourceId: SP,
    },
    {
      id: 'a2',
      appRoleId: ROLE.admin,
      principalId: id('aaaaaaaa', 3),
      principalType: 'User',
      principalDisplayName: 'Person 3',
      resourceId: SP,
    },
  ]);
  store = new SqliteListStore(join(mkdtempSync(join(tmpdir(), 'ska-roles-')), 'ska.db'));
  await store.ensureLists(LIST_SCHEMA);
});
afterAll(async () => {
  await store.close();
  await fake.close();
});

test('role assignments to a group reach its members; to a user, that user', async () => {
  const imports = new DirectoryImport(store, new FixedClock(new Date('2026-11-23T10:00:00Z')), {
    directory: GraphDirectorySource.create({ authProvider: new StaticTokenAuthProvider('t'), hostRewrite: fake.url }),
    register: new SkolenhetsregistretFileSource(join(__dirname, '..', 'fixtures', 'skolverket', 'skolenhetsregistret-9990.json')),
  });
  await imports.saveConfig(
    { municipalityCode: '9990', roleSource: 'appRoles', appRoles: { servicePrincipalId: SP, roleIds: ROLE } },
    'test',
  );
  const preview = await imports.preview();
  expect(preview.newPeople.map((p) => p.displayName)).toEqual(['Person 1', 'Person 2', 'Person 3']);
  await imports.apply(preview.fingerprint, 'test');
  const roles = Object.fromEntries((await queryAll(store, 'people')).map(toPerson).map((p) => [p.displayName, p.appRoles]));
  expect(roles).toEqual({ 'Person 1': ['organiser'], 'Person 2': ['organiser'], 'Person 3': ['admin'] });
  await expect(
    imports.saveConfig({ municipalityCode: '9990', roleSource: 'appRoles', appRoles: { servicePrincipalId: 'nope', roleIds: {} } }, 'test'),
  ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
});

/**
 * The first admins are ensured after the demo seed: a seeded person named in SKA_BOOTSTRAP_ADMINS
 * is promoted (not added a second time beside the seed's), and a seeded store, which has its admin,
 * starts without the "nobody is admin yet" hint (on a fresh clone `npm start` logged it before seeding).
 */
import { queryAll } from '../../src/app/ports/list-store';
import { toPerson } from '../../src/app/store/records';
import { startTestApp, type TestApp } from '../support/test-app';

type Logged = { message: string; data?: Record<string, unknown> };

async function start(env: Record<string, string>): Promise<{ app: TestApp; logged: Logged[] }> {
  const logged: Logged[] = [];
  const log = {
    info: (message: string, data?: Record<string, unknown>) => void logged.push({ message, data }),
    error: (message: string, data?: Record<string, unknown>) => void logged.push({ message, data }),
  };
  const app = await startTestApp(env, { log });
  return { app, logged };
}

const nobodyIsAdmin = (logged: Logged[]) => logged.filter((l) => l.message.startsWith('nobody is admin yet'));

test('a seeded person named as bootstrap admin is promoted once, not added beside the seed', async () => {
  const { app, logged } = await start({ SKA_SEED_DEMO: 'basic', SKA_BOOTSTRAP_ADMINS: 'Anna.Berg@sjovik.example' });
  try {
    const annas = (await queryAll(app.services.store, 'people', { email: 'anna.berg@sjovik.example' })).map(toPerson);
    expect(annas).toHaveLength(1);
    expect(annas[0].displayName).toBe('Anna Berg');
    expect(annas[0].appRoles).toEqual(expect.arrayContaining(['admin']));
    expect(logged.find((l) => l.message === 'bootstrap admins ensured')?.data).toEqual({ created: 0, promoted: 1 });
    expect(nobodyIsAdmin(logged)).toEqual([]);
  } finally {
    await app.close();
  }
});

test('the demo seed has its admin: no "nobody is admin yet" on the first start', async () => {
  const { app, logged } = await start({ SKA_SEED_DEMO: 'basic' });
  try {
    expect(logged.some((l) => l.message === 'seeded the demo municipality')).toBe(true);
    expect(nobodyIsAdmin(logged)).toEqual([]);
  } finally {
    await app.close();
  }
});

test('an empty store without bootstrap admins still gets the hint', async () => {
  const { app, logged } = await start({ SKA_SEED_DEMO: 'false' });
  try {
    expect(nobodyIsAdmin(logged)).toHaveLength(1);
    expect(nobodyIsAdmin(logged)[0].data).toEqual({ hint: 'SKA_BOOTSTRAP_ADMINS' });
  } finally {
    await app.close();
  }
});

/**
 * The first admin: SKA_BOOTSTRAP_ADMINS names people by Entra object id or e-mail. Each is made
 * an admin in the people list at start-up (added if missing), so they can sign in and do the
 * rest in the tab. Idempotent: a restart changes nothing.
 */
import { queryAll, type ListStore } from '../ports/list-store';
import { toPerson } from '../store/records';

type Logger = { info(message: string, data?: Record<string, unknown>): void };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function ensureBootstrapAdmins(
  store: ListStore,
  entries: readonly string[],
  log: Logger,
): Promise<{ created: number; promoted: number; admins: number }> {
  let created = 0;
  let promoted = 0;
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const byId = GUID.test(entry);
    const [item] = await queryAll(store, 'people', byId ? { aadObjectId: entry } : { email: entry });
    if (!item) {
      await store.create(
        'people',
        {
          displayName: entry,
          email: byId ? '' : entry,
          aadObjectId: byId ? entry : '',
          appRoles: JSON.stringify(['admin']),
          directoryStatus: '',
          modifiedById: 'bootstrap',
        },
        { key: `person:bootstrap:${entry}` },
      );
      created++;
      continue;
    }
    const person = toPerson(item);
    if (person.appRoles.includes('admin')) continue;
    await store.update('people', person.id, { appRoles: JSON.stringify([...person.appRoles, 'admin']), modifiedById: 'bootstrap' });
    promoted++;
  }
  const admins = (await queryAll(store, 'people')).map(toPerson).filter((p) => p.appRoles.includes('admin')).length;
  if (created || promoted) log.info('bootstrap admins ensured', { created, promoted });
  if (admins === 0) {
    log.info(
      'nobody is admin yet: set SKA_BOOTSTRAP_ADMINS to the object id or e-mail of the first admin (comma-separated) and restart, ' +
        'or assign the app role "admin" to them in Entra ID (Enterprise applications → SKA i Teams → Users and groups). ' +
        'The admin then sets up the directory import in the tab (Katalog in the menu) or runs npm run import:directory.',
      { hint: 'SKA_BOOTSTRAP_ADMINS' },
    );
  }
  return { created, promoted, admins };
}

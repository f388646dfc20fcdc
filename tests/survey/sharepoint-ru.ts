import type { LoggedRequest } from '../graph/fake-graph-server';

/**
 * SharePoint resource units of what the Graph fake saw, as Microsoft documents them
 * ("Avoid getting throttled or blocked in SharePoint Online": single-item read 1 RU;
 * query, create, update, delete 2 RU; a $batch counts each of its requests, not itself).
 * Lists and columns (provisioning) are left out: they happen once.
 */
export function resourceUnits(log: LoggedRequest[]): number {
  let ru = 0;
  for (const r of log) {
    if (r.path.endsWith('/$batch')) continue;
    const items = /\/lists\/[^/]+\/items(\/[^/]+)?(\/fields)?$/.exec(r.path);
    if (!items) continue;
    ru += r.method === 'GET' && items[1] ? 1 : 2;
  }
  return ru;
}

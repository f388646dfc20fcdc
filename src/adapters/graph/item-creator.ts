import { randomUUID } from 'node:crypto';
import type { ListItem } from '../../app/ports/list-store';
import { GraphRequestError } from './graph-request-error';
import { MAX_BATCH, type GraphHttp } from './graph-http';
import { retryAfterMs } from './retry-step';

/** What creating needs of one list. */
export interface CreateTarget {
  itemsUrl: string;
  /** The item from a create answer; undefined when Graph left its fields out. */
  toItem(raw: unknown): ListItem | undefined;
  get(id: string): Promise<ListItem | undefined>;
  /** Items holding each key, lowest id first; one $batch per 20 keys. */
  byKeys(keys: string[]): Promise<ListItem[][]>;
  remove(id: string): Promise<void>;
}

export interface NewItem {
  /** Encoded SharePoint fields, without the key. */
  fields: Record<string, unknown>;
  key?: string;
}

/** Throttled: the server says it did not act. */
const THROTTLED = new Set([429, 503]);

/**
 * Creates items with `$batch` POSTs (20 a batch) so that none is made twice:
 * - every item carries a key in a hidden indexed column (the caller's, or a fresh one);
 * - caller keys are looked up first: a retried create returns the item made before;
 * - a step whose outcome is unknown (no answer, 5xx from a gateway) is resolved by its key,
 *   throttled steps are sent again after Retry-After, all within the bounded tries;
 * - two instances racing on one caller key both settle on the lowest id; the other is removed.
 */
export async function createItems(
  http: GraphHttp,
  target: CreateTarget,
  items: NewItem[],
  keyColumn: string,
  sleep: (ms: number) => Promise<void>,
): Promise<ListItem[]> {
  const keys = items.map((i) => i.key ?? randomUUID());
  const firstWithKey = new Map<string, number>();
  keys.forEach((k, i) => firstWithKey.has(k) || firstWithKey.set(k, i));
  const unique = [...firstWithKey.values()];
  const results: (ListItem | undefined)[] = new Array(items.length);
  const keyed = unique.filter((i) => items[i].key !== undefined);
  if (keyed.length > 0) (await target.byKeys(keyed.map((i) => keys[i]))).forEach((found, j) => (results[keyed[j]] = found[0]));

  const mine = new Set<number>();
  let pending = unique.filter((i) => !results[i]);
  for (let attempt = 1; pending.length > 0; attempt++) {
    const again: number[] = [];
    const unknown: number[] = [];
    let wait = 0;
    let lastError: GraphRequestError | undefined;
    for (let c = 0; c < pending.length; c += MAX_BATCH) {
      const chunk = pending.slice(c, c + MAX_BATCH);
      let answers;
      try {
        answers = await http.batch(
          chunk.map((i, j) => ({
            id: String(j + 1),
            method: 'POST' as const,
            url: target.itemsUrl,
            body: { fields: { ...items[i].fields, [keyColumn]: keys[i] } },
          })),
        );
      } catch (error) {
        if (!(error instanceof GraphRequestError) || !error.outcomeUnknown) throw error;
        unknown.push(...chunk);
        lastError = error;
        continue;
      }
      for (const [j, answer] of answers.entries()) {
        const i = chunk[j];
        if (answer.status >= 200 && answer.status < 300) {
          const body = answer.body as { id: string };
          results[i] = target.toItem(body) ?? (await target.get(String(body.id)));
          mine.add(i);
          continue;
        }
        lastError = GraphRequestError.fromBody(answer.status, answer.body, `POST ${new URL(target.itemsUrl).pathname} (in $batch)`);
        if (THROTTLED.has(answer.status)) {
          again.push(i);
          wait = Math.max(wait, retryAfterMs(answer.retryAfter) ?? 0);
        } else if (lastError.outcomeUnknown) unknown.push(i);
        else throw lastError;
      }
    }
    if (unknown.length > 0) {
      const found = await target.byKeys(unknown.map((i) => keys[i]));
      unknown.forEach((i, j) => (found[j][0] ? (results[i] = found[j][0]) : again.push(i)));
    }
    if (again.length > 0 && attempt >= http.retry.maxTries) throw lastError!;
    if (again.length > 0) await sleep(wait || http.retry.baseDelayMs * 2 ** (attempt - 1));
    pending = again;
  }

  const raced = [...mine].filter((i) => items[i].key !== undefined);
  if (raced.length > 0) {
    const found = await target.byKeys(raced.map((i) => keys[i]));
    for (const [j, i] of raced.entries()) {
      const winner = found[j][0];
      if (winner && winner.id !== results[i]!.id) {
        await target.remove(results[i]!.id);
        results[i] = winner;
      }
    }
  }
  return keys.map((k) => results[firstWithKey.get(k)!]!);
}

import { retryAfterMs } from './retry-step';
import { GraphRequestError } from './graph-request-error';
import { MAX_BATCH, type BatchAnswer, type GraphHttp } from './graph-http';

export interface Read {
  /** Absolute Graph URL of a collection (followed page by page) or of one resource. */
  url: string;
  kind: 'pages' | 'one';
}

interface Pending extends Read {
  index: number;
  tries: number;
}

const RETRY_IN_BATCH = new Set([429, 503, 504]);

/**
 * Several whole reads in as few round trips as Graph allows: one $batch per 20 reads, then one
 * more $batch for the `@odata.nextLink`s of those that have more pages (followed whole, never
 * rebuilt). Steps throttled inside a batch (each counts on its own) are sent again after their
 * Retry-After, within the same bounded tries. A `one` read answered 404 gives [].
 */
export async function readAll(http: GraphHttp, reads: Read[], sleep: (ms: number) => Promise<void>): Promise<unknown[][]> {
  const results: unknown[][] = reads.map(() => []);
  let pending: Pending[] = reads.map((r, index) => ({ ...r, index, tries: 1 }));
  while (pending.length > 0) {
    const chunks: Pending[][] = [];
    for (let i = 0; i < pending.length; i += MAX_BATCH) chunks.push(pending.slice(i, i + MAX_BATCH));
    const answered = await Promise.all(
      chunks.map((chunk) => http.batch(chunk.map((p, i) => ({ id: String(i + 1), method: 'GET' as const, url: p.url })))),
    );
    const next: Pending[] = [];
    let wait = 0;
    chunks.forEach((chunk, c) =>
      chunk.forEach((p, i) => {
        const answer = answered[c][i];
        const again = settle(p, answer, results, http.retry.maxTries);
        if (again) {
          next.push(again);
          if (again.tries > p.tries) wait = Math.max(wait, retryAfterMs(answer.retryAfter) ?? backoff(http.retry.baseDelayMs, p.tries));
        }
      }),
    );
    if (wait > 0) await sleep(wait);
    pending = next;
  }
  return results;
}

/** Records one answer; returns what must still be read (the next page, or the same step again). */
function settle(p: Pending, answer: BatchAnswer, results: unknown[][], maxTries: number): Pending | undefined {
  if (answer.status >= 200 && answer.status < 300) {
    const body = answer.body as { value?: unknown[]; '@odata.nextLink'?: string };
    if (p.kind === 'one') {
      results[p.index].push(body);
      return undefined;
    }
    results[p.index].push(...(body.value ?? []));
    const nextLink = body['@odata.nextLink'];
    return nextLink ? { ...p, url: nextLink, tries: 1 } : undefined;
  }
  if (p.kind === 'one' && answer.status === 404) return undefined;
  if (RETRY_IN_BATCH.has(answer.status) && p.tries < maxTries) return { ...p, tries: p.tries + 1 };
  throw GraphRequestError.fromBody(answer.status, answer.body, `GET ${new URL(p.url).pathname} (in $batch)`);
}

function backoff(baseDelayMs: number, tries: number): number {
  const ceiling = baseDelayMs * 2 ** (tries - 1);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

import type { Request } from 'restify';
import { DomainError } from '../domain/errors';

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size limit. Malformed or oversized input is refused before anything runs. */
export async function readJsonBody(req: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      throw new DomainError('PAYLOAD_TOO_LARGE', `Innehållet är för stort (högst ${Math.floor(limit / 1024)} kB).`);
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('MALFORMED_JSON', 'Innehållet är inte giltig JSON.');
  }
}

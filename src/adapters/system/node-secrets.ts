import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Secrets } from '../../app/ports/secrets';

export class NodeSecrets implements Secrets {
  constructor(private readonly key: Buffer) {}

  newCode(): string {
    return randomBytes(16).toString('base64url');
  }

  fingerprint(...parts: string[]): string {
    return createHmac('sha256', this.key).update(parts.join('\u0000')).digest('base64url');
  }

  keyedHash(key: string, value: string): string {
    return createHmac('sha256', key).update(value).digest('base64url');
  }
}

/** A key kept in the data directory (created on first start), so fingerprints stay stable across restarts. */
export function readOrCreateKey(path: string): Buffer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(path, 'utf8'), 'base64');
}

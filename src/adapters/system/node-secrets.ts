import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
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

  /** Imported once per key: a survey round hashes every answering device with the same one. */
  private readonly keys = new Map<string, KeyObject>();

  keyedHash(key: string, value: string): string {
    let k = this.keys.get(key);
    if (!k) {
      if (this.keys.size > 100) this.keys.clear();
      this.keys.set(key, (k = createSecretKey(Buffer.from(key, 'utf8'))));
    }
    return createHmac('sha256', k).update(value).digest('base64url');
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

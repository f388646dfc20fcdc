import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { APP_ROLES, type AppRole } from '../../domain/identity';
import type { TokenIdentity, TokenValidator } from '../../app/ports/token-validator';

const ISSUER = 'urn:ska:dev-identity';
const AUDIENCE = 'urn:ska:local';

/**
 * The local dev identity: signs its own tokens (HS256) with a key kept in the data directory,
 * so tokens survive a restart. Only ever composed in a non-production configuration.
 */
export class DevIdentityProvider implements TokenValidator {
  private constructor(private readonly key: Uint8Array) {}

  static fromKeyFile(path: string): DevIdentityProvider {
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
    }
    return new DevIdentityProvider(Buffer.from(readFileSync(path, 'utf8'), 'base64'));
  }

  static inMemory(): DevIdentityProvider {
    return new DevIdentityProvider(randomBytes(32));
  }

  async issue(personId: string, appRoles: readonly AppRole[], displayName: string): Promise<string> {
    return new SignJWT({ roles: [...appRoles], name: displayName })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(personId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(this.key);
  }

  async validate(token: string): Promise<TokenIdentity> {
    const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const roles = Array.isArray(payload.roles) ? payload.roles : [];
    return {
      personId: payload.sub,
      appRoles: roles.filter((r): r is AppRole => (APP_ROLES as readonly string[]).includes(r)),
    };
  }
}

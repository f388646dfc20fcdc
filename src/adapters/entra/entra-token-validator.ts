import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { APP_ROLES, type AppRole } from '../../domain/identity';
import type { TokenIdentity, TokenValidator } from '../../app/ports/token-validator';

export interface EntraValidatorOptions {
  /** The app registration's client id; v2 access tokens carry it as the audience. */
  clientId: string;
  /** The Application ID URI (api://<domain>/<client id>), also accepted as audience. */
  appIdUri?: string;
  /** Tenants whose users may sign in. */
  allowedTenants: string[];
  /** The delegated scope the tab asks for. */
  requiredScope?: string;
  /** Where the signing keys are; Microsoft's by default. Tests point it at a local JWKS. */
  jwksUrl?: string;
  /** Issuer prefix; Microsoft's by default. Tests point it at their own. */
  authorityHost?: string;
  keys?: JWTVerifyGetKey;
}

export class InvalidTokenError extends Error {}

/**
 * Validates Entra ID v2 access tokens from tab SSO (authentication.getAuthToken): signature
 * against the tenant's published keys, issuer of an allowed tenant, audience = this app,
 * expiry, and the access_as_user scope. App roles come from the roles claim.
 */
export class EntraTokenValidator implements TokenValidator {
  private readonly keys: JWTVerifyGetKey;
  private readonly authority: string;

  constructor(private readonly options: EntraValidatorOptions) {
    if (options.allowedTenants.length === 0) throw new Error('EntraTokenValidator needs at least one allowed tenant');
    this.authority = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
    this.keys =
      options.keys ??
      createRemoteJWKSet(new URL(options.jwksUrl ?? `${this.authority}/common/discovery/v2.0/keys`), { cooldownDuration: 30_000 });
  }

  async validate(token: string): Promise<TokenIdentity> {
    const audience = [this.options.clientId, ...(this.options.appIdUri ? [this.options.appIdUri] : [])];
    const issuers = this.options.allowedTenants.map((tid) => `${this.authority}/${tid}/v2.0`);
    const { payload } = await jwtVerify(token, this.keys, {
      audience,
      issuer: issuers,
      algorithms: ['RS256'],
      clockTolerance: 60,
      requiredClaims: ['exp', 'tid', 'oid'],
    });
    const tid = String(payload.tid);
    if (!this.options.allowedTenants.includes(tid)) throw new InvalidTokenError(`tenant ${tid} is not allowed`);
    const scope = this.options.requiredScope ?? 'access_as_user';
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(scope)) throw new InvalidTokenError(`token lacks the ${scope} scope`);
    return { aadObjectId: String(payload.oid), email: emailOf(payload), appRoles: rolesOf(payload) };
  }
}

function rolesOf(payload: JWTPayload): AppRole[] {
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  return roles.filter((r): r is AppRole => (APP_ROLES as readonly string[]).includes(r));
}

function emailOf(payload: JWTPayload): string | undefined {
  const value = payload.preferred_username ?? payload.upn ?? payload.email;
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

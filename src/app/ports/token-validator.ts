import type { AppRole } from '../../domain/identity';

/** What a validated bearer token tells us about the caller. */
export interface TokenIdentity {
  /** Our person id, when the identity provider knows it (the dev provider does). */
  personId?: string;
  /** Entra ID object id, when the token comes from Entra ID. */
  aadObjectId?: string;
  appRoles: AppRole[];
}

/** Validates a bearer token (signature, issuer, audience, expiry) or throws. */
export interface TokenValidator {
  validate(token: string): Promise<TokenIdentity>;
}

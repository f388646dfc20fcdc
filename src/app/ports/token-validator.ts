import type { AppRole } from '../../domain/identity';

/** What a validated bearer token tells us about the caller. */
export interface TokenIdentity {
  /** Our person id, when the identity provider knows it (the dev provider does). */
  personId?: string;
  /** Entra ID object id, when the token comes from Entra ID. */
  aadObjectId?: string;
  /** Sign-in name, used to find a person who has not signed in before (their object id not yet known). */
  email?: string;
  appRoles: AppRole[];
}

/** Validates a bearer token (signature, issuer, audience, expiry) or throws. */
export interface TokenValidator {
  validate(token: string): Promise<TokenIdentity>;
}

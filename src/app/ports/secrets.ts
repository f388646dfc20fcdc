/** Randomness and keyed hashing, as a port: the app layer does no cryptography itself. */
export interface Secrets {
  /** An unguessable code for a survey link (at least 128 bits, URL-safe). */
  newCode(): string;
  /** A keyed one-way hash: the same input gives the same output, which reveals nothing of the input. */
  fingerprint(...parts: string[]): string;
  /** A one-way hash under a key the caller holds (e.g. a survey round's own key, shared by every instance). */
  keyedHash(key: string, value: string): string;
}

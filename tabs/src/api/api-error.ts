import type { PlanDocument } from './types';

/** One error type for every failed call: HTTP status, the server's stable code and its Swedish message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly correlationId?: string,
    /** On 409 CONFLICT: the other person's latest document. */
    readonly current?: PlanDocument,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

/** Turns anything thrown into something safe to show to people (never a stack trace). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new ApiError(0, 'TIMEOUT', 'Servern svarade inte i tid. Försök igen.');
  return new ApiError(0, 'NETWORK', 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.');
}

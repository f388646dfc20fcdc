/** One error type for every failed call: HTTP status, the server's stable code and its Swedish message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly correlationId?: string,
    /** On 409 CONFLICT: the other person's latest document, in the same shape as GET. */
    readonly current?: unknown,
    /** The server's details, e.g. `missing` on 422 REPORT_INCOMPLETE. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }

  /** The labels of the sections the server says are still empty (422 REPORT_INCOMPLETE). */
  get missing(): string[] {
    const missing = (this.details as { missing?: unknown } | undefined)?.missing;
    return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
  }
}

/** Turns anything thrown into something safe to show to people (never a stack trace). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new ApiError(0, 'TIMEOUT', 'Servern svarade inte i tid. Försök igen.');
  return new ApiError(0, 'NETWORK', 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.');
}

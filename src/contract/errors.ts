/** The body of every error answer. */
import { z } from 'zod';

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), correlationId: z.string(), details: z.unknown().optional() }),
  /** A stale write's answer carries the document as it is now, in the same shape as its GET. */
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorResponse>;

import type { z } from 'zod';
import { SubmitBody } from '../../contract/surveys';
import { validationError } from '../errors';

export type Submitted = z.infer<typeof SubmitBody>;

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const KEYS = new Set(['answers', 'gradeBand', 'deviceToken']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * SubmitBody's rules written out for what the survey page sends: a plain object, scale values
 * (small integers) under short question ids, a device token of the right form. It accepts only
 * what SubmitBody accepts (tests/survey/submit-body.test.ts checks the two agree); anything else,
 * it leaves to zod, which decides and words the error. zod's parse was a visible part of an answer's cost.
 */
export function plainSubmitBody(value: unknown): Submitted | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) if (!KEYS.has(key)) return undefined;
  const { answers, gradeBand, deviceToken } = value;
  if (!isRecord(answers)) return undefined;
  let n = 0;
  for (const id in answers) {
    const v = answers[id];
    if (++n > 60 || id.length > 20 || id === '__proto__' || typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10)
      return undefined;
  }
  if ('gradeBand' in value && !(typeof gradeBand === 'string' && gradeBand.length <= 20)) return undefined;
  if ('deviceToken' in value && !(typeof deviceToken === 'string' && TOKEN.test(deviceToken))) return undefined;
  return value as Submitted;
}

/** The submitted body, checked: the plain path when it passes, else zod (VALIDATION_FAILED with its issues). */
export function submittedBody(value: unknown): Submitted {
  const plain = plainSubmitBody(value);
  if (plain) return plain;
  const parsed = SubmitBody.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

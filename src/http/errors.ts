import { z } from 'zod';
import { DocumentConflictError } from '../app/documents/document-conflict';
import { DomainError, type ErrorCode } from '../domain/errors';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  PRECONDITION_REQUIRED: 428,
  PLAN_REQUIRED_GOAL_AREA: 422,
  PLAN_MAX_GOAL_AREAS: 422,
  PLAN_DUPLICATE_GOAL_AREA: 422,
  PLAN_UNKNOWN_GOAL_AREA: 400,
  PLAN_NOT_EDITABLE: 422,
  BOARD_GOAL_RETIRED: 422,
  BOARD_GOAL_DUPLICATE: 409,
  PLAN_NOT_STARTED: 404,
  PLAN_INCOMPLETE: 422,
  STATUS_TRANSITION_NOT_ALLOWED: 422,
  REPORT_NOT_STARTED: 404,
  REPORT_INCOMPLETE: 422,
  REPORT_UNKNOWN_SECTION: 400,
  DOCUMENT_NOT_EDITABLE: 422,
  SURVEY_NOT_CONFIGURED: 409,
  SURVEY_INVALID_ANSWER: 400,
  SURVEY_CLOSED: 410,
  SURVEY_ALREADY_ANSWERED: 409,
  RATE_LIMITED: 429,
  SURVEY_DEVICE_TOKEN_REQUIRED: 400,
  SURVEY_NOT_IN_WHEEL: 404,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 400,
  IMPORT_UNREADABLE: 400,
  NOT_PUBLISHABLE: 422,
  PUBLISH_FAILED: 502,
  YEAR_WHEEL_INVALID: 400,
  DIALOGUE_GROUPS_INVALID: 422,
  DIALOGUE_GROUPS_PENDING: 409,
  DIALOGUE_INCOMPLETE: 422,
  DIALOGUE_ANSWER_CLOSED: 422,
  OUTBOX_NOT_RETRYABLE: 422,
  DOCUMENT_BUSY: 503,
  URL_NOT_ALLOWED: 400,
  DIRECTORY_NOT_CONFIGURED: 409,
  DIRECTORY_PREVIEW_STALE: 409,
  UNIT_REGISTER_UNAVAILABLE: 502,
  RESPONSE_CONTRACT: 500,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; correlationId: string; details?: unknown };
  current?: unknown;
}

/** Swedish names of the fields people fill in, for messages about them. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Rubrik',
  description: 'Beskrivning',
  intendedEffects: 'Tänkta effekter',
  expectedResult: 'Vad aktiviteten ska leda till',
  outcome: 'Aktivitetens resultat',
  note: 'Anteckning',
  status: 'Status',
  date: 'Datum',
  key: 'Målområde',
  userId: 'Användare',
  text: 'Texten',
  // Path and query parameters (a bad school year in a URL: "Läsåret har fel format.").
  schoolYear: 'Läsåret',
  unitId: 'Enheten',
  roundId: 'Omgången',
  personId: 'Personen',
};

/** "Fråga 2" for questions[1].text, else the field's Swedish label, else its path. */
function fieldName(path: PropertyKey[]): string {
  if (!path.length) return 'Innehållet';
  const [list, index] = path.slice(-3, -1);
  if (list === 'questions' && typeof index === 'number') return `Fråga ${index + 1}`;
  return FIELD_LABELS[String(path.at(-1))] ?? path.map(String).join('.');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? `${field} är för lång: högst ${issue.maximum} tecken.` : `${field} är för stort.`;
    case 'too_small':
      return issue.origin === 'string' ? `${field} måste fyllas i.` : `${field} är för litet.`;
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? `${field} saknas.` : `${field} har fel typ (väntade ${issue.expected}).`;
    case 'invalid_value':
      return `${field} har ett värde som inte är tillåtet.`;
    case 'unrecognized_keys':
      return `Okända fält: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return `${field} har fel format.`;
    default:
      return `${field}: ${issue.message}`;
  }
}

export function validationError(error: z.ZodError, input?: unknown): DomainError {
  const messages = error.issues.map((issue) => describeIssue(issue, input));
  return new DomainError(
    'VALIDATION_FAILED',
    messages.join(' '),
    error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })),
  );
}

/** Translates anything thrown in a handler to a status and a body people and programs can read. */
export function toHttpError(err: unknown, correlationId: string): { status: number; body: ErrorBody } {
  if (err instanceof DomainError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, correlationId, details: err.details } };
    if (err instanceof DocumentConflictError) body.current = err.current;
    return { status: STATUS[err.code], body };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'Något gick fel hos oss. Försök igen om en stund.', correlationId } },
  };
}

/** The one table from error code to status, for HTTP answers, survey pages and the bot's card answers alike. */
export const statusOf = (code: ErrorCode): number => STATUS[code];

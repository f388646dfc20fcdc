/**
 * Domain errors carry a stable code for programs and a Swedish message for people.
 * They are translated to HTTP (and card replies) at the edges, never here.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PRECONDITION_REQUIRED'
  | 'PLAN_REQUIRED_GOAL_AREA'
  | 'PLAN_MAX_GOAL_AREAS'
  | 'PLAN_DUPLICATE_GOAL_AREA'
  | 'PLAN_UNKNOWN_GOAL_AREA'
  | 'PLAN_NOT_EDITABLE'
  | 'BOARD_GOAL_RETIRED'
  | 'BOARD_GOAL_DUPLICATE'
  | 'PLAN_NOT_STARTED'
  | 'PLAN_INCOMPLETE'
  | 'STATUS_TRANSITION_NOT_ALLOWED'
  | 'REPORT_NOT_STARTED'
  | 'REPORT_INCOMPLETE'
  | 'REPORT_UNKNOWN_SECTION'
  | 'DOCUMENT_NOT_EDITABLE'
  | 'SURVEY_NOT_CONFIGURED'
  | 'SURVEY_INVALID_ANSWER'
  | 'SURVEY_CLOSED'
  | 'SURVEY_ALREADY_ANSWERED'
  | 'RATE_LIMITED'
  | 'SURVEY_DEVICE_TOKEN_REQUIRED'
  | 'SURVEY_NOT_IN_WHEEL'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'IMPORT_INVALID'
  | 'IMPORT_UNREADABLE'
  | 'NOT_PUBLISHABLE'
  | 'PUBLISH_FAILED'
  | 'YEAR_WHEEL_INVALID'
  | 'DIALOGUE_GROUPS_INVALID'
  | 'DIALOGUE_GROUPS_PENDING'
  | 'DIALOGUE_INCOMPLETE'
  | 'DIALOGUE_ANSWER_CLOSED'
  | 'OUTBOX_NOT_RETRYABLE'
  | 'DOCUMENT_BUSY'
  | 'URL_NOT_ALLOWED'
  | 'DIRECTORY_NOT_CONFIGURED'
  | 'DIRECTORY_PREVIEW_STALE'
  | 'UNIT_REGISTER_UNAVAILABLE'
  | 'RESPONSE_CONTRACT'
  | 'INTERNAL';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} finns inte.`);

export const forbidden = (message = 'Du har inte behörighet att göra detta.') => new DomainError('FORBIDDEN', message);

/**
 * The JSON API's contract: one zod schema per request and response shape, used by the routes to
 * validate, by the OpenAPI document to describe, by the tests to check real answers, and by the
 * tab (type-only imports, so no zod reaches the bundle).
 */
export * from './common';
export * from './errors';
export * from './me';
export * from './documents';
export * from './plans';
export * from './reports';
export * from './surveys';
export * from './statistics';
export * from './dialogues';
export * from './meetings';
export * from './year-wheel';
export * from './organiser';
export * from './admin';
export * from './settings';
export * from './intranet';
export * from './survey-schedule';

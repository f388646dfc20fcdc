/**
 * On the embedded store nothing is metered, so background work does not enter the paced-requests
 * context (request-pace.ts) at all: an AsyncLocalStorage once run turns on a hook for every promise
 * of the process, ~10 % of a survey answer's instructions at 32 connections (bench/README, intake5).
 */
import { pacedRequests } from '../../src/adapters/graph/request-pace';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

it('runs the scheduler’s paced work on SQLite outside the pacing context', async () => {
  expect(app.services.store.kind).toBe('sqlite');
  const inside = await app.scheduler.paced(async () => pacedRequests.current());
  expect(inside).toBeUndefined();
});

/**
 * The whole app as `npm start` composes it with SKA_CALENDAR=graph, its Graph calls going to the
 * strict local Graph fake (tests/graph): the organiser mailbox exists there and has the application
 * access policy that app-only onlineMeetings calls need. For the meeting tests that need Teams.
 */
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { startTestApp } from '../support/test-app';

export const MAILBOX = 'dialoger@sjovik.example';

export async function startGraphMeetingApp(env: Record<string, string> = {}, overrides: Parameters<typeof startTestApp>[1] = {}) {
  const fake = await FakeGraphServer.start();
  fake.directory.addUser({ id: 'u-dialoger', displayName: 'Dialoger', mail: MAILBOX, userPrincipalName: MAILBOX });
  fake.meetings.accessPolicyUsers.add('u-dialoger');
  const app = await startTestApp(
    {
      SKA_CALENDAR: 'graph',
      SKA_CALENDAR_ORGANISER: MAILBOX,
      AZURE_TENANT_ID: 't',
      AZURE_CLIENT_ID: 'c',
      AZURE_CLIENT_CERTIFICATE_PATH: '/not/read',
      ...env,
    },
    { graph: { authProvider: new StaticTokenAuthProvider('app-token'), hostRewrite: fake.url }, ...overrides },
  );
  return {
    app,
    fake,
    async close() {
      await app.close();
      await fake.close();
    },
  };
}

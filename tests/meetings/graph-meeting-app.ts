/**
 * The whole app as `npm start` composes it with SKA_CALENDAR=graph, its Graph calls going to the
 * strict local Graph fake (tests/graph): the organiser mailbox exists there and has the application
 * access policy that app-only onlineMeetings calls need. For the meeting tests that need Teams.
 */
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { client } from '../support/http';
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

/** Erik forms a förutsättningsdialog for the preschool group on 10 December 2026, 09–11 Swedish time, and sends it (HTTP). */
export async function sendPreschoolRound(baseUrl: string, erikToken: string) {
  const erik = client(baseUrl, erikToken);
  const proposal = await erik.get('/api/dialogues/proposal/2026-27?kind=conditions');
  const preschool = proposal.body.groups.find((g: any) => g.schoolForm === 'preschool');
  const created = await erik.post('/api/dialogues', {
    kind: 'conditions',
    schoolYear: '2026/27',
    windowStart: '2026-12-01',
    windowEnd: '2026-12-20',
    groups: [
      {
        name: preschool.name,
        unitIds: preschool.unitIds,
        start: '2026-12-10T09:00:00+01:00',
        end: '2026-12-10T11:00:00+01:00',
        place: 'Stadshuset',
      },
    ],
  });
  if (created.status !== 201) throw new Error(`round not created: ${JSON.stringify(created.body)}`);
  const sent = await erik.post(`/api/dialogues/${created.body.id}/invitations`);
  if (sent.status !== 202) throw new Error(`round not sent: ${JSON.stringify(sent.body)}`);
  return { roundId: String(created.body.id), groupId: String(created.body.groups[0].id), unitIds: preschool.unitIds as string[], sent };
}

/** Dialogue rounds the HTTP suites start from, sent as the organiser would from the tab. */
import { client } from './http';

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

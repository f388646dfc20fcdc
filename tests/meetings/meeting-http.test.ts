/**
 * A dialogue group's meeting over real HTTP: Erik sends a round, the group's meeting view opens,
 * Erik and Anna write the same unit's note at once (the stale write gets 409 with the current note,
 * and the merged write keeps both texts), an agreed action becomes a follow-up in Anna's plan
 * (idempotent), the time changes after sending (one new card per person), attendance is marked.
 */
import { SUCCESS_FACTORS } from '../../src/domain/success-factors';
import { sendPreschoolRound } from '../support/dialogue-rounds';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const tokens: Record<string, string> = {};
let roundId = '';
let groupId = '';
let annaUnit = '';

beforeAll(async () => {
  app = await startTestApp();
  for (const name of ['Erik Lund', 'Anna Berg', 'Leila Haddad', 'Johan Ek']) tokens[name] = await app.tokenFor(name);
});
afterAll(async () => {
  await app.close();
});

const base = () => `/api/dialogues/${roundId}/groups/${groupId}/meeting`;

it('sends a round and opens the group meeting view for its participants only', async () => {
  let sent;
  let unitIds: string[];
  ({ roundId, groupId, unitIds, sent } = await sendPreschoolRound(app.baseUrl, tokens['Erik Lund']));
  expect(sent.body.meetings).toEqual([expect.objectContaining({ groupId, calendar: 'ics', app: 'notTried' })]);

  const anna = client(app.baseUrl, tokens['Anna Berg']);
  const view = await anna.get(base());
  expect(view.status).toBe(200);
  expect(view.body.units.map((u: any) => u.unitId).sort()).toEqual([...unitIds].sort());
  expect(view.body.bring).toEqual(expect.objectContaining({ document: 'plan' }));
  expect(view.body.you.role).toBe('principal');
  // The tags' words come with the view (the tab keeps no copy): the domain's seven, in its order.
  expect(view.body.successFactorCatalogue).toEqual(Object.entries(SUCCESS_FACTORS).map(([key, label]) => ({ key, label })));
  annaUnit = view.body.you.canWriteNotes[0];
  expect(view.body.you.canWriteNotes).toHaveLength(1);
  expect(view.body.you.canEditQuestions).toBe(false);

  const mine = await anna.get('/api/my/dialogue-meetings');
  expect(mine.body.map((m: any) => m.groupId)).toContain(groupId);
});

it('keeps both writers’ text: the stale write gets 409 with the current note', async () => {
  const erik = client(app.baseUrl, tokens['Erik Lund']);
  const anna = client(app.baseUrl, tokens['Anna Berg']);
  const first = await anna.put(`${base()}/notes/${annaUnit}`, { body: 'Anna: språkutvecklingen går framåt.', successFactors: ['trust'] });
  expect(first.status).toBe(200);
  const etag = first.body.etag;
  // Both opened the note at this version and write at once.
  const [a, e] = await Promise.all([
    anna.put(`${base()}/notes/${annaUnit}`, { body: 'Anna: språkutvecklingen går framåt. Fler lässtunder.' }, { 'if-match': etag }),
    erik.put(`${base()}/notes/${annaUnit}`, { body: 'Anna: språkutvecklingen går framåt.\nErik: följ upp i mars.' }, { 'if-match': etag }),
  ]);
  const statuses = [a.status, e.status].sort();
  expect(statuses).toEqual([200, 409]);
  const loser = a.status === 409 ? a : e;
  const loserClient = a.status === 409 ? anna : erik;
  expect(loser.body.error.code).toBe('CONFLICT');
  expect(loser.body.current.etag).not.toBe(etag);
  // The tab merges the two texts and writes with the current ETag.
  const merged = 'Anna: språkutvecklingen går framåt. Fler lässtunder.\nErik: följ upp i mars.';
  const again = await loserClient.put(
    `${base()}/notes/${annaUnit}`,
    { body: merged, actions: [{ id: 'act-1', text: 'Fler lässtunder i alla grupper' }] },
    { 'if-match': loser.body.current.etag },
  );
  expect(again.status).toBe(200);
  const notes = await erik.get(`${base()}/notes`);
  const note = notes.body.find((n: any) => n.unitId === annaUnit);
  expect(note.body).toContain('Fler lässtunder');
  expect(note.body).toContain('följ upp i mars');
  // A first write without If-Match on a note that exists is stale too.
  const blind = await erik.put(`${base()}/notes/${annaUnit}`, { body: 'skriver över' });
  expect(blind.status).toBe(409);
  // Another principal of the group reads but may not write Anna's unit's note.
  const leila = client(app.baseUrl, tokens['Leila Haddad']);
  expect((await leila.put(`${base()}/notes/${annaUnit}`, { body: 'x' }, { 'if-match': note.etag })).status).toBe(403);
  // The note lands with the unit's dialogue notes.
  const unitNotes = await anna.get(`/api/units/${annaUnit}/dialogue-notes/2026-27`);
  expect(unitNotes.body.some((n: any) => n.body === merged)).toBe(true);
});

it('turns an action into a follow-up in Anna’s plan, once', async () => {
  const anna = client(app.baseUrl, tokens['Anna Berg']);
  let plan = await anna.get(`/api/units/${annaUnit}/plans/2026-27`);
  if (plan.status === 404 || !plan.body?.plan) plan = await anna.post(`/api/units/${annaUnit}/plans/2026-27`);
  let commitment = plan.body.plan.goalAreas.flatMap((g: any) => g.commitments)[0];
  if (!commitment) {
    const added = await anna.post(
      `/api/units/${annaUnit}/plans/2026-27/goal-areas/${plan.body.plan.goalAreas[0].id}/commitments`,
      { title: 'Läsning' },
      { 'if-match': plan.body.etag },
    );
    commitment = added.body.plan.goalAreas.flatMap((g: any) => g.commitments)[0];
  }
  const before = commitment.followUps.length;
  const converted = await anna.post(`${base()}/notes/${annaUnit}/actions/act-1`, { target: 'followUp', commitmentId: commitment.id });
  expect(converted.status).toBe(201);
  expect(converted.body.action.link).toEqual(expect.objectContaining({ kind: 'followUp', commitmentId: commitment.id }));
  const retry = await anna.post(`${base()}/notes/${annaUnit}/actions/act-1`, { target: 'followUp', commitmentId: commitment.id });
  expect(retry.status).toBe(200);
  expect(retry.body.created).toBe(false);
  const after = await anna.get(`/api/units/${annaUnit}/plans/2026-27`);
  const followUps = after.body.plan.goalAreas.flatMap((g: any) => g.commitments).find((c: any) => c.id === commitment.id).followUps;
  expect(followUps).toHaveLength(before + 1);
  expect(followUps.some((f: any) => f.id === converted.body.action.link.followUpId && f.note.includes('Fler lässtunder'))).toBe(true);

  // The plan's way back to the note: the follow-up, the note and the meeting tab's address at the unit.
  const links = await anna.get(`/api/units/${annaUnit}/meeting-links/2026-27`);
  expect(links.status).toBe(200);
  expect(links.body).toEqual([
    expect.objectContaining({
      kind: 'followUp',
      followUpId: converted.body.action.link.followUpId,
      actionId: 'act-1',
      noteId: converted.body.note.id,
      roundId,
      groupId,
      url: `/?view=meeting&roundId=${roundId}&groupId=${groupId}&unitId=${annaUnit}`,
    }),
  ]);
  expect((await client(app.baseUrl, tokens['Johan Ek']).get(`/api/units/${annaUnit}/meeting-links/2026-27`)).status).toBe(403);
});

it('a changed time after sending queues one new card per person, once; attendance is marked by hand', async () => {
  const erik = client(app.baseUrl, tokens['Erik Lund']);
  const round = await erik.get(`/api/dialogues/${roundId}`);
  const queued = async () => (await app.services.store.query('outbox', { where: { source: `round:${roundId}` } })).items.length;
  const n = await queued();
  const changed = await erik.patch(
    `/api/dialogues/${roundId}/groups/${groupId}`,
    { start: '2026-12-11T09:00:00+01:00', end: '2026-12-11T11:00:00+01:00' },
    { 'if-match': round.headers.get('etag')! },
  );
  expect(changed.status).toBe(200);
  expect(changed.body.groups[0].sequence).toBe(1);
  const invitations = (await app.services.store.query('dialogueInvitations', { where: { groupId } })).items.length;
  expect(await queued()).toBe(n + invitations);
  const same = await erik.patch(
    `/api/dialogues/${roundId}/groups/${groupId}`,
    { start: '2026-12-11T09:00:00+01:00' },
    { 'if-match': changed.headers.get('etag')! },
  );
  expect(same.status).toBe(200);
  expect(await queued()).toBe(n + invitations);

  const attendance = await erik.get(`${base()}/attendance`);
  const annaId = attendance.body.people.find((p: any) => p.displayName === 'Anna Berg').personId;
  const marked = await erik.put(`${base()}/attendance/${annaId}`, { present: true });
  expect(marked.body.source).toBe('manual');
  expect(marked.body.people.find((p: any) => p.personId === annaId).present).toBe(true);
  const anna = client(app.baseUrl, tokens['Anna Berg']);
  expect((await anna.put(`${base()}/attendance/${annaId}`, { present: false })).status).toBe(403);
});

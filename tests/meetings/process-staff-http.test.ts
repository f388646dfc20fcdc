/**
 * The processdialog's staff over real HTTP: Anna (Björkskolan's principal) picks which of the
 * unit's staff come; a picked teacher gets an invitation once (outbox), opens the meeting's side
 * panel read-only, adds to the unit's note, and the note lands with the unit's dialogue notes as
 * every dialogue's notes do. Not picked, another unit's staff, another principal: no way in.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const tokens: Record<string, string> = {};
let roundId = '';
let groupId = '';
let unitId = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const name of ['Erik Lund', 'Anna Berg', 'Johan Ek', 'Lisa Ström', 'Ahmed Ali', 'Fredrik Ahl'])
    tokens[name] = await app.tokenFor(name);
  for (const p of await app.services.directory.people()) ids[p.displayName] = p.id;
  unitId = (await app.services.directory.allUnits()).find((u) => u.name === 'Björkskolan')!.id;
});
afterAll(async () => {
  await app.close();
});

const as = (name: string) => client(app.baseUrl, tokens[name]);
const base = () => `/api/dialogues/${roundId}/groups/${groupId}/meeting`;
const queued = async () => (await app.services.store.query('outbox', { where: { source: `round:${roundId}` } })).items.length;

it('sends a processdialog for Björkskolan with no staff picked yet', async () => {
  const created = await as('Erik Lund').post('/api/dialogues', {
    kind: 'process',
    schoolYear: '2026/27',
    windowStart: '2026-11-01',
    windowEnd: '2027-02-28',
    groups: [
      { name: 'Björkskolan', unitIds: [unitId], staffIds: [], start: '2026-11-20T13:00:00+01:00', end: '2026-11-20T15:00:00+01:00' },
    ],
  });
  expect(created.status).toBe(201);
  roundId = created.body.id;
  groupId = created.body.groups[0].id;
  expect((await as('Erik Lund').post(`/api/dialogues/${roundId}/invitations`)).status).toBe(202);
  // Nobody of the staff is in yet.
  expect((await as('Lisa Ström').get(base())).status).toBe(403);
});

it('shows the principal the unit’s staff to pick from; others may not pick', async () => {
  const staff = await as('Anna Berg').get(`${base()}/staff`);
  expect(staff.status).toBe(200);
  expect(staff.body).toEqual({
    unitId,
    invited: [],
    candidates: [
      { personId: ids['Ahmed Ali'], displayName: 'Ahmed Ali' },
      { personId: ids['Lisa Ström'], displayName: 'Lisa Ström' },
    ],
    canEdit: true,
  });
  expect((await as('Lisa Ström').put(`${base()}/staff`, { staffIds: [ids['Lisa Ström']] })).status).toBe(403);
  expect((await as('Johan Ek').get(`${base()}/staff`)).status).toBe(403);
});

it('refuses staff of another unit and bad input, in Swedish, and changes nothing', async () => {
  const n = await queued();
  const outside = await as('Anna Berg').put(`${base()}/staff`, { staffIds: [ids['Fredrik Ahl']] });
  expect(outside.status).toBe(400);
  expect(outside.body.error).toEqual(
    expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'Bara enhetens egna medarbetare kan bjudas in till processdialogen.' }),
  );
  const bad = await as('Anna Berg').put(`${base()}/staff`, { staffIds: 'lisa' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  expect((await as('Anna Berg').get(`${base()}/staff`)).body.invited).toEqual([]);
  expect(await queued()).toBe(n);
});

it('invites a picked teacher once, however often the pick is saved', async () => {
  const n = await queued();
  const picked = await as('Anna Berg').put(`${base()}/staff`, { staffIds: [ids['Lisa Ström']] });
  expect(picked.status).toBe(200);
  expect(picked.body.invited).toEqual([{ personId: ids['Lisa Ström'], displayName: 'Lisa Ström' }]);
  expect(await queued()).toBe(n + 1);
  expect((await as('Anna Berg').put(`${base()}/staff`, { staffIds: [ids['Lisa Ström']] })).status).toBe(200);
  expect(await queued()).toBe(n + 1);
  const invitations = (await app.services.store.query('dialogueInvitations', { where: { groupId } })).items;
  expect(invitations.filter((i) => i.fields.personId === ids['Lisa Ström']).map((i) => i.fields.role)).toEqual(['staff']);
});

it('lets the invited teacher into the side panel read-only, with her own unit’s note to add to', async () => {
  const lisa = as('Lisa Ström');
  const mine = await lisa.get('/api/my/dialogue-meetings');
  expect(mine.body).toEqual([expect.objectContaining({ roundId, groupId, role: 'staff', kindLabel: 'Processdialog' })]);
  const view = await lisa.get(base());
  expect(view.status).toBe(200);
  expect(view.body.you).toEqual(
    expect.objectContaining({
      role: 'staff',
      canWriteNotes: [unitId],
      canConvertActions: [],
      canEditQuestions: false,
      canMarkAttendance: false,
      canPickStaff: [],
    }),
  );
  expect((await lisa.get(`${base()}/staff`)).body.canEdit).toBe(false);
  // She writes; Anna adds to the same note with its ETag.
  const written = await lisa.put(`${base()}/notes/${unitId}`, {
    body: 'Lisa: vi arbetar med kooperativt lärande i åk 4.',
    actions: [{ id: 'act-1', text: 'Prova lärpar i alla klasser' }],
  });
  expect(written.status).toBe(200);
  const both = await as('Anna Berg').put(
    `${base()}/notes/${unitId}`,
    { body: `${written.body.body}\nAnna: följ upp på APT.`, actions: [{ id: 'act-1', text: 'Prova lärpar i alla klasser' }] },
    { 'if-match': written.body.etag },
  );
  expect(both.status).toBe(200);
  // Read-only for the rest: questions, attendance, turning an action into a plan's follow-up.
  expect((await lisa.put(`${base()}/questions`, { questions: [{ text: 'Hur organiseras undervisningen?' }] })).status).toBe(403);
  expect((await lisa.post(`${base()}/notes/${unitId}/actions/act-1`, { target: 'commitment', goalAreaId: 'kunskaper' })).status).toBe(403);
});

it('keeps the processdialog’s note with Björkskolan’s dialogue notes, read by its staff', async () => {
  for (const reader of ['Anna Berg', 'Ahmed Ali', 'Erik Lund']) {
    const notes = await as(reader).get(`/api/units/${unitId}/dialogue-notes/2026-27`);
    expect(notes.status).toBe(200);
    expect(notes.body).toContainEqual(
      expect.objectContaining({
        kind: 'process',
        kindLabel: 'Processdialog',
        roundId,
        body: 'Lisa: vi arbetar med kooperativt lärande i åk 4.\nAnna: följ upp på APT.',
      }),
    );
  }
});

it('keeps out staff not picked, another unit’s staff and a teacher taken off again', async () => {
  expect((await as('Ahmed Ali').get(base())).status).toBe(403);
  expect((await as('Fredrik Ahl').get(`${base()}/notes`)).status).toBe(403);
  expect((await as('Anna Berg').put(`${base()}/staff`, { staffIds: [] })).status).toBe(200);
  expect((await as('Lisa Ström').get(base())).status).toBe(403);
  expect((await as('Lisa Ström').get('/api/my/dialogue-meetings')).body).toEqual([]);
});

it('picks staff only for a processdialog', async () => {
  const erik = as('Erik Lund');
  const proposal = await erik.get('/api/dialogues/proposal/2026-27?kind=conditions');
  const compulsory = proposal.body.groups.find((g: any) => g.schoolForm === 'compulsory');
  expect(compulsory.name).toBe('Grundskola');
  const created = await erik.post('/api/dialogues', {
    kind: 'conditions',
    schoolYear: '2026/27',
    groups: [{ name: compulsory.name, unitIds: compulsory.unitIds }],
  });
  expect(created.status).toBe(201);
  const staff = await erik.get(`/api/dialogues/${created.body.id}/groups/${created.body.groups[0].id}/meeting/staff`);
  expect(staff.status).toBe(400);
  expect(staff.body.error.message).toBe('Medarbetare bjuds in bara till processdialogen.');
});

it('lists for the meeting tab’s configuration page only the dialogue meeting of its chat', async () => {
  // The chat id Graph gave when the meeting was made (SKA_CALENDAR=graph); set directly on the ics path.
  const chatId = '19:meeting_Yjk2ZTJhNjQtYjE3MC00@thread.v2';
  const record =
    (await app.services.store.query('dialogueMeetings', { where: { groupId } })).items[0] ??
    (await app.services.store.create('dialogueMeetings', {
      groupId,
      roundId,
      app: 'installed',
      problem: '',
      questions: '[]',
      questionsRev: 0,
      attendance: '{}',
      attendanceSource: 'none',
      modifiedById: '',
    }));
  await app.services.store.update('dialogueMeetings', record.id, { chatId });
  const anna = as('Anna Berg');
  const inChat = await anna.get(`/api/my/dialogue-meetings?chatId=${encodeURIComponent(chatId)}`);
  expect(inChat.status).toBe(200);
  expect(inChat.body.map((m: any) => m.groupId)).toEqual([groupId]);
  const other = await anna.get(`/api/my/dialogue-meetings?chatId=${encodeURIComponent('19:meeting_annat@thread.v2')}`);
  expect(other.body).toEqual([]);
  // Someone outside the meeting sees nothing in that chat either.
  expect((await as('Johan Ek').get(`/api/my/dialogue-meetings?chatId=${encodeURIComponent(chatId)}`)).body).toEqual([]);
  const bad = await anna.get(`/api/my/dialogue-meetings?chatId=${encodeURIComponent('<script>')}`);
  expect(bad.status).toBe(400);
  expect(bad.body.error).toEqual(
    expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'Chattens id har fel format (19:…@thread.v2).' }),
  );
});

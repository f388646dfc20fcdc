/**
 * The organiser's prepared questions over real HTTP (PUT .../meeting/questions, shown in the meeting
 * view): Erik writes them (first without If-Match, then with the ETag he saw), edits one, deletes
 * one and then all; Anna (a principal of the group) reads them but may not write; Johan (not in the
 * group) neither reads nor writes. Bad input answers 400 in Swedish with a stable code, and a refused
 * write changes nothing.
 */
import { sendPreschoolRound } from '../support/dialogue-rounds';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const tokens: Record<string, string> = {};
let roundId = '';
let groupId = '';
let unitIds: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  for (const name of ['Erik Lund', 'Anna Berg', 'Johan Ek']) tokens[name] = await app.tokenFor(name);
  ({ roundId, groupId, unitIds } = await sendPreschoolRound(app.baseUrl, tokens['Erik Lund']));
});
afterAll(async () => {
  await app.close();
});

const as = (name: string) => client(app.baseUrl, tokens[name]);
const base = () => `/api/dialogues/${roundId}/groups/${groupId}/meeting`;
const questionsOf = async (name = 'Erik Lund') => (await as(name).get(base())).body.questions;

let etag = '';

it('lets the organiser write the questions, first without If-Match; the principals see them read-only', async () => {
  expect(await questionsOf()).toEqual({ etag: '', questions: [], modified: '', canEdit: true });
  const written = await as('Erik Lund').put(`${base()}/questions`, {
    questions: [{ text: '  Hur har ni arbetat med språkutvecklingen?  ' }, { text: 'Vad behöver ni av huvudmannen?', unitId: unitIds[0] }],
  });
  expect(written.status).toBe(200);
  expect(written.headers.get('etag')).toBe('q1');
  expect(written.body.etag).toBe('q1');
  expect(written.body.questions).toEqual([
    { id: expect.stringMatching(/^[A-Za-z0-9-]+$/), text: 'Hur har ni arbetat med språkutvecklingen?', unitId: '' },
    { id: expect.stringMatching(/^[A-Za-z0-9-]+$/), text: 'Vad behöver ni av huvudmannen?', unitId: unitIds[0] },
  ]);
  expect(written.body.modified).not.toBe('');
  etag = written.body.etag;

  const anna = await questionsOf('Anna Berg');
  expect(anna.canEdit).toBe(false);
  expect(anna.questions.map((q: any) => q.text)).toEqual(['Hur har ni arbetat med språkutvecklingen?', 'Vad behöver ni av huvudmannen?']);
});

it('edits one question by its id and refuses a write made on an older version', async () => {
  const [first, second] = (await questionsOf()).questions;
  const edited = await as('Erik Lund').put(
    `${base()}/questions`,
    { questions: [{ ...first, text: 'Hur har ni arbetat med språkutvecklingen i de yngsta grupperna?' }, second] },
    { 'if-match': etag },
  );
  expect(edited.status).toBe(200);
  expect(edited.body.etag).toBe('q2');
  expect(edited.body.questions[0]).toEqual({
    id: first.id,
    text: 'Hur har ni arbetat med språkutvecklingen i de yngsta grupperna?',
    unitId: '',
  });

  // Written on q1 (another tab of Erik's), and without If-Match although questions exist: both stale.
  for (const headers of [{ 'if-match': etag }, {}] as Record<string, string>[]) {
    const stale = await as('Erik Lund').put(`${base()}/questions`, { questions: [{ text: 'Skriver över' }] }, headers);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/ändrat frågorna/) }));
  }
  expect((await questionsOf()).questions).toEqual(edited.body.questions);
  etag = edited.body.etag;
});

it('deletes one question, then all of them', async () => {
  const [, second] = (await questionsOf()).questions;
  const one = await as('Erik Lund').put(`${base()}/questions`, { questions: [second] }, { 'if-match': etag });
  expect(one.status).toBe(200);
  expect(one.body.questions).toEqual([second]);
  const none = await as('Erik Lund').put(`${base()}/questions`, { questions: [] }, { 'if-match': one.body.etag });
  expect(none.status).toBe(200);
  expect(none.body.etag).toBe('q4');
  expect((await questionsOf('Anna Berg')).questions).toEqual([]);
  etag = none.body.etag;
});

it('lets only the organiser write: the group’s principal gets 403, someone outside the group cannot even read', async () => {
  const before = await questionsOf();
  const anna = await as('Anna Berg').put(`${base()}/questions`, { questions: [{ text: 'Min fråga' }] }, { 'if-match': etag });
  expect(anna.status).toBe(403);
  expect(anna.body.error).toEqual(
    expect.objectContaining({ code: 'FORBIDDEN', message: 'Bara huvudmannanivån förbereder frågor till dialogen.' }),
  );
  const johanRead = await as('Johan Ek').get(base());
  expect(johanRead.status).toBe(403);
  expect(johanRead.body.error).toEqual(expect.objectContaining({ code: 'FORBIDDEN', message: 'Du är inte med i den här dialogen.' }));
  const johanWrite = await as('Johan Ek').put(`${base()}/questions`, { questions: [{ text: 'Min fråga' }] }, { 'if-match': etag });
  expect(johanWrite.status).toBe(403);
  expect(await questionsOf()).toEqual(before);
});

it.each([
  ['an empty question', { questions: [{ text: '   ' }] }, /Fråga 1 måste fyllas i/],
  ['a question too long', { questions: [{ text: 'x'.repeat(1001) }] }, /för lång: högst 1000 tecken/],
  ['more than 40 questions', { questions: Array.from({ length: 41 }, (_, i) => ({ text: `Fråga ${i}` })) }, /för stort/],
  ['an unknown field', { questions: [], extra: 1 }, /Okända fält: extra/],
  ['a bad id', { questions: [{ id: 'a b', text: 'Fråga' }] }, /fel format/],
  ['questions that are not a list', { questions: 'Fråga' }, /fel typ/],
])('answers %s with 400 VALIDATION_FAILED in Swedish and keeps the questions', async (_what, body, message) => {
  const before = await questionsOf();
  const bad = await as('Erik Lund').put(`${base()}/questions`, body, { 'if-match': etag });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  expect(bad.body.error.message).toMatch(message);
  expect(await questionsOf()).toEqual(before);
});

it('refuses a question to a unit that is not in the group, and keeps the questions', async () => {
  const other = (await app.services.directory.allUnits()).find((u) => !unitIds.includes(u.id))!;
  const before = await questionsOf();
  const bad = await as('Erik Lund').put(`${base()}/questions`, { questions: [{ text: 'Fråga', unitId: other.id }] }, { 'if-match': etag });
  expect(bad.status).toBe(400);
  expect(bad.body.error).toEqual(
    expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'En fråga gäller en enhet som inte är med i gruppen.' }),
  );
  expect(await questionsOf()).toEqual(before);
});

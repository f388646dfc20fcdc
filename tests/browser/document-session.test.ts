/**
 * The tab's document session without a browser: autosave after a pause, one write in flight per
 * document with the latest ETag, and nothing lost when someone else saved first (409).
 * (Kept with the browser suites: it is the tab's code, and they exercise the same session.)
 */
import { ApiError } from '../../tabs/src/api/api-error';
import { DocumentSession, type FieldAdapter, type FieldValue } from '../../tabs/src/shared/document/document-session';

interface Doc {
  etag: string;
  fields: Record<string, FieldValue>;
}

/** A server holding one document: writes need the current ETag, else 409 with the current document. */
function fakeServer(initial: Record<string, FieldValue> = {}) {
  let version = 1;
  let fields = { ...initial };
  const doc = (): Doc => ({ etag: `v${version}`, fields: { ...fields } });
  const calls: { etag: string; keys: string[] }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let gate: Promise<void> = Promise.resolve();
  const adapter: FieldAdapter<Doc> = {
    read: (d, key) => d.fields[key] ?? '',
    async write(etag, updates) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      calls.push({ etag, keys: updates.map((u) => u.key) });
      await gate;
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (etag !== `v${version}`) throw new ApiError(409, 'CONFLICT', 'Någon annan har ändrat', undefined, doc());
      for (const u of updates) fields[u.key] = u.value;
      version++;
      return doc();
    },
  };
  return {
    adapter,
    doc,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    /** Someone else saves directly. */
    otherWrites(key: string, value: FieldValue) {
      fields = { ...fields, [key]: value };
      version++;
    },
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
  };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Waits until the condition holds (a loaded machine can stretch timers), failing after 5 s. */
async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(10);
  }
}

test('typing is saved once, after the pause, with everything typed', async () => {
  const server = fakeServer();
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 30 });
  session.edit('a', 'H');
  session.edit('a', 'Hej');
  session.edit('b', 'Då');
  expect(session.getSnapshot().save.kind).toBe('pending');
  expect(session.value('a')).toBe('Hej');
  await until(() => session.getSnapshot().save.kind === 'saved', 'the save');
  await tick(50);
  expect(server.calls).toEqual([{ etag: 'v1', keys: ['a', 'b'] }]);
  expect(session.getSnapshot().save.kind).toBe('saved');
  expect(session.doc.fields).toEqual({ a: 'Hej', b: 'Då' });
  expect(session.hasUnsaved).toBe(false);
});

test('never two writes in flight; what is typed meanwhile goes next, with the new ETag', async () => {
  const server = fakeServer();
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  const release = server.hold();
  session.edit('a', 'ett');
  const first = session.flush();
  await tick(5);
  session.edit('a', 'ett två'); // typed while the first save is on its way
  const second = session.flush();
  const third = session.flush(); // asking again joins the queued save
  expect(third).toBe(second);
  release();
  await Promise.all([first, second]);
  expect(server.maxInFlight).toBe(1);
  expect(server.calls.map((c) => c.etag)).toEqual(['v1', 'v2']);
  expect(server.doc().fields.a).toBe('ett två');
  expect(session.hasUnsaved).toBe(false);
});

test('after a conflict, a field the other person did not touch is saved on their version without asking', async () => {
  const server = fakeServer({ a: 'gammal' });
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  server.otherWrites('b', 'deras');
  session.edit('a', 'min');
  await session.flush();
  expect(session.getSnapshot().conflicts).toEqual([]);
  expect(server.calls.map((c) => c.etag)).toEqual(['v1', 'v2']);
  expect(server.doc().fields).toEqual({ a: 'min', b: 'deras' });
  expect(session.doc.fields).toEqual({ a: 'min', b: 'deras' });
});

test('a field both changed becomes a conflict with both texts; the rest is saved', async () => {
  const server = fakeServer({ a: '', b: '' });
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  server.otherWrites('a', 'deras text');
  session.edit('a', 'min text');
  session.edit('b', 'bara min');
  await session.flush();
  expect(session.getSnapshot().conflicts).toEqual([{ key: 'a', mine: 'min text', theirs: 'deras text' }]);
  expect(server.doc().fields).toEqual({ a: 'deras text', b: 'bara min' });
  expect(session.value('a')).toBe('min text'); // nothing typed is lost while it is settled
  session.edit('a', 'ignored while in conflict');
  expect(session.value('a')).toBe('min text');

  await session.resolve('a', { value: 'deras text\n\nmin text' });
  expect(server.doc().fields.a).toBe('deras text\n\nmin text');
  expect(session.getSnapshot().conflicts).toEqual([]);
  expect(session.hasUnsaved).toBe(false);
});

test('“Behåll min” saves mine over theirs; “Använd deras” drops mine', async () => {
  const server = fakeServer({ a: '' });
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  server.otherWrites('a', 'deras');
  session.edit('a', 'min');
  await session.flush();
  await session.resolve('a', 'mine');
  expect(server.doc().fields.a).toBe('min');

  server.otherWrites('a', 'deras igen');
  session.edit('a', 'min igen');
  await session.flush();
  expect(session.getSnapshot().conflicts).toHaveLength(1);
  await session.resolve('a', 'theirs');
  expect(session.value('a')).toBe('deras igen');
  expect(session.hasUnsaved).toBe(false);
  expect(server.doc().fields.a).toBe('deras igen');
});

test('the same text written by both is no conflict', async () => {
  const server = fakeServer({ a: '' });
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  server.otherWrites('a', 'samma');
  session.edit('a', 'samma');
  await session.flush();
  expect(session.getSnapshot().conflicts).toEqual([]);
  expect(session.hasUnsaved).toBe(false);
});

test('a structural write waits for the save in flight and uses the ETag it produced', async () => {
  const server = fakeServer();
  const session = new DocumentSession(server.doc(), server.adapter, { debounceMs: 10_000 });
  const release = server.hold();
  session.edit('a', 'text');
  const saving = session.flush();
  const etags: string[] = [];
  const structural = session.write(async (etag) => {
    etags.push(etag);
    return { etag: 'v9', fields: { a: 'text', extra: 'x' } };
  });
  release();
  await saving;
  expect(await structural).toBeNull();
  expect(etags).toEqual(['v2']);
  expect(session.doc.etag).toBe('v9');
});

test('a failed save keeps the text and says so; trying again saves it', async () => {
  const server = fakeServer();
  let fail = true;
  const adapter: FieldAdapter<Doc> = {
    ...server.adapter,
    write: (etag, fields) =>
      fail ? Promise.reject(new ApiError(0, 'NETWORK', 'Det gick inte att nå servern.')) : server.adapter.write(etag, fields),
  };
  const session = new DocumentSession(server.doc(), adapter, { debounceMs: 10_000 });
  session.edit('a', 'viktig text');
  await session.flush();
  const save = session.getSnapshot().save;
  expect(save.kind === 'error' && save.error.code).toBe('NETWORK');
  expect(session.value('a')).toBe('viktig text');
  fail = false;
  await session.flush();
  expect(server.doc().fields.a).toBe('viktig text');
  expect(session.getSnapshot().save.kind).toBe('saved');
});

/**
 * The survey writer's group commit on SQLite: two groups in the store at a time (while one group's
 * WAL flush runs, the next commits and starts its own: src/adapters/sqlite/wal-sync.ts), and
 * everything that arrives while both are there goes into the next group as one transaction.
 */
import type { Fields, ListStore } from '../../src/app/ports/list-store';
import { SurveyAnswerWriter } from '../../src/app/survey/survey-writer';

function slowStore(kind: 'sqlite' | 'graph') {
  const calls: { count: number; release: () => void }[] = [];
  const store = {
    kind,
    createMany: (_list: string, items: { fields: Fields }[]) =>
      new Promise((resolve) => calls.push({ count: items.reduce((n, i) => n + Number(i.fields.count), 0), release: () => resolve([]) })),
  } as unknown as ListStore;
  return { store, calls };
}

const answer = (i: number) => ({
  roundId: 'r1',
  unitId: String(1 + (i % 3)),
  schoolForm: 'compulsoryF6',
  gradeBand: '',
  answers: { t1: 1 + (i % 4) },
  day: '2026-10-15',
  deviceHash: `hash-${i}`,
});
const turn = () => new Promise((r) => setImmediate(r));

describe('SurveyAnswerWriter on SQLite: two groups in the store at a time', () => {
  it('writes the next group while one is in the store, and holds what arrives while two are', async () => {
    const { store, calls } = slowStore('sqlite');
    const writer = new SurveyAnswerWriter(store);
    const done: number[] = [];
    const first = Array.from({ length: 5 }, (_, i) => writer.write(answer(i)).then(() => done.push(i)));
    await turn();
    expect(calls.map((c) => c.count)).toEqual([5]);
    // 12 while the first group is in the store: they go as the second, at once.
    const second = Array.from({ length: 12 }, (_, i) => writer.write(answer(5 + i)).then(() => done.push(5 + i)));
    await turn();
    expect(calls.map((c) => c.count)).toEqual([5, 12]);
    // 40 more while both are there: none of them starts a transaction of its own.
    const third = Array.from({ length: 40 }, (_, i) => writer.write(answer(17 + i)).then(() => done.push(17 + i)));
    await turn();
    await turn();
    expect(calls.map((c) => c.count)).toEqual([5, 12]);
    expect(done).toEqual([]); // nobody gets "Tack!" before their group is stored
    calls[0].release();
    await Promise.all(first);
    await turn();
    expect(calls.map((c) => c.count)).toEqual([5, 12, 40]);
    expect(done).toHaveLength(5);
    calls[1].release();
    calls[2].release();
    await Promise.all([...second, ...third]);
    expect(done).toHaveLength(57);
    expect(writer.stats).toMatchObject({ groups: 3, answers: 57 });
  });

  it('a second group joins the one in the store once it is as large', async () => {
    const { store, calls } = slowStore('sqlite');
    const writer = new SurveyAnswerWriter(store);
    const all = Array.from({ length: 20 }, (_, i) => writer.write(answer(i)));
    await turn();
    expect(calls.map((c) => c.count)).toEqual([20]);
    all.push(...Array.from({ length: 12 }, (_, i) => writer.write(answer(20 + i))));
    await turn();
    expect(calls.map((c) => c.count)).toEqual([20]); // 12 wait for more company
    all.push(...Array.from({ length: 8 }, (_, i) => writer.write(answer(32 + i))));
    await turn();
    expect(calls.map((c) => c.count)).toEqual([20, 20]);
    calls.forEach((c) => c.release());
    await Promise.all(all);
  });

  it('sends the held group to the store before the group that made room is answered', async () => {
    const { store, calls } = slowStore('sqlite');
    const writer = new SurveyAnswerWriter(store, { inStore: 1 });
    const groupsAtAnswer: number[] = [];
    const first = Array.from({ length: 5 }, (_, i) => writer.write(answer(i)).then(() => groupsAtAnswer.push(calls.length)));
    await turn();
    const held = Array.from({ length: 6 }, (_, i) => writer.write(answer(5 + i)));
    await turn();
    expect(calls).toHaveLength(1);
    calls[0].release();
    await Promise.all(first);
    expect(groupsAtAnswer).toEqual([2, 2, 2, 2, 2]); // the next commit (and its flush) started first
    calls[1].release();
    await Promise.all(held);
  });

  it('on SharePoint groups still go side by side (the batched writer sends several at once)', async () => {
    const { store, calls } = slowStore('graph');
    const writer = new SurveyAnswerWriter(store, { maxWaitMs: 1, minPack: 1, maxGroup: 5 });
    const all = Array.from({ length: 10 }, (_, i) => writer.write(answer(i)));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.map((c) => c.count)).toEqual([5, 5]);
    calls.forEach((c) => c.release());
    await Promise.all(all);
  });

  it('a failed group refuses only its own answers; the held ones are stored next', async () => {
    const { store } = slowStore('sqlite');
    let n = 0;
    const release: (() => void)[] = [];
    (store as { createMany: unknown }).createMany = () =>
      new Promise((resolve, reject) => release.push(n++ === 0 ? () => reject(new Error('disk full')) : () => resolve([])));
    const writer = new SurveyAnswerWriter(store, { inStore: 1 });
    const first = Array.from({ length: 5 }, (_, i) => writer.write(answer(i)));
    await turn();
    const held = Array.from({ length: 5 }, (_, i) => writer.write(answer(5 + i)));
    release[0]();
    await expect(Promise.all(first)).rejects.toThrow('disk full');
    await turn();
    release[1]();
    await expect(Promise.all(held)).resolves.toHaveLength(5);
  });

  it('close writes what is held and waits for it', async () => {
    const { store, calls } = slowStore('sqlite');
    const writer = new SurveyAnswerWriter(store, { inStore: 1 });
    const all = Array.from({ length: 7 }, (_, i) => writer.write(answer(i)));
    await turn();
    all.push(writer.write(answer(7)), writer.write(answer(8)));
    const closing = writer.close();
    calls[0].release();
    await turn();
    await turn();
    expect(calls.map((c) => c.count)).toEqual([7, 2]);
    calls[1].release();
    await closing;
    await Promise.all(all);
  });
});

import { suppress, Tally, type Member } from '../../src/domain/survey-results';
import { DEFAULT_SURVEY_CONFIG } from '../../src/domain/survey';

const set = DEFAULT_SURVEY_CONFIG.questionSets[0];

function member(key: string, answers: number, value = 4): Member {
  const tally = new Tally(set);
  for (let i = 0; i < answers; i++) tally.add({ t1: value, l1: 3, d1: 1, t2: 0 });
  return { key, tally };
}

const hiddenKeys = (d: Map<string, unknown>) =>
  [...d]
    .filter(([, r]) => r)
    .map(([k]) => k)
    .sort();

describe('anonymity: who may be shown', () => {
  it('hides a group under the threshold', () => {
    expect(hiddenKeys(suppress([member('a', 12), member('b', 9)], 10))).toEqual(['a', 'b']); // b alone would be total − a
  });

  it('hides the smallest other group too, so a hidden group cannot be worked out by subtraction', () => {
    const d = suppress([member('a', 30), member('b', 12), member('c', 4)], 10);
    expect(hiddenKeys(d)).toEqual(['b', 'c']);
    expect(d.get('b')).toBe('protectsOthers');
    expect(d.get('c')).toBe('fewAnswers');
  });

  it('keeps everything shown when every group reaches the threshold, and needs nothing more when the hidden ones together do', () => {
    expect(hiddenKeys(suppress([member('a', 10), member('b', 11)], 10))).toEqual([]);
    expect(hiddenKeys(suppress([member('a', 40), member('b', 6), member('c', 5)], 10))).toEqual(['b', 'c']);
  });
});

describe('figures', () => {
  it('counts share positive without "vet ej", and an index per area', () => {
    const t = new Tally(set);
    t.add({ t1: 4, t2: 1, l1: 3, d1: 0 });
    t.add({ t1: 3, t2: 0, l1: 2, d1: 2 });
    const { questions, index } = t.result();
    const q = (id: string) => questions.find((x) => x.id === id)!;
    expect(q('t1')).toMatchObject({ answered: 2, positiveShare: 100 });
    expect(q('t2')).toMatchObject({ answered: 1, positiveShare: 0, distribution: { 0: 1, 1: 1, 2: 0, 3: 0, 4: 0 } });
    expect(q('d1')).toMatchObject({ answered: 1, positiveShare: 0 });
    expect(q('t3').positiveShare).toBeNull();
    expect(index.T).toBe(50); // mean of t1 100 and t2 0; t3 unanswered
    expect(index.L).toBe(50);
  });
});

/**
 * The answer's body is checked by a plain function first (plainSubmitBody) and by zod's SubmitBody
 * only when that one does not pass it. It must never accept what SubmitBody refuses, and must give
 * the same value when it accepts; what it leaves to zod still gets zod's error.
 */
import { SubmitBody } from '../../src/contract/surveys';
import { plainSubmitBody, submittedBody } from '../../src/http/routes/survey-submit-body';

const ids = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];
const token = (n: number, c = 'a') => c.repeat(n);
const phone = (i: number) => ({
  answers: Object.fromEntries(ids.slice(0, 1 + (i % ids.length)).map((q, j) => [q, (i + j) % 5])),
  ...(i % 3 ? { deviceToken: `device-${String(i).padStart(12, '0')}` } : {}),
  ...(i % 4 === 1 ? { gradeBand: 'åk 4–6' } : {}),
});

/** Bodies at and over every edge of SubmitBody's rules, and shapes JSON can carry that it does not describe. */
const edges: unknown[] = [
  undefined,
  null,
  [],
  'x',
  3,
  {},
  { answers: {} },
  { answers: [] },
  { answers: null },
  { answers: { t1: 1 }, extra: 1 },
  { answers: { t1: 1.5 } },
  { answers: { t1: -1 } },
  { answers: { t1: 11 } },
  { answers: { t1: 2 ** 53 } },
  { answers: { t1: 1e21 } },
  { answers: { t1: '1' } },
  { answers: { t1: null } },
  { answers: { t1: true } },
  { answers: { t1: { v: 1 } } },
  { answers: { ['x'.repeat(20)]: 1 } },
  { answers: { ['x'.repeat(21)]: 1 } },
  { answers: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`q${i}`, 1])) },
  { answers: Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`q${i}`, 1])) },
  { answers: { t1: 1 }, deviceToken: token(15) },
  { answers: { t1: 1 }, deviceToken: token(16) },
  { answers: { t1: 1 }, deviceToken: token(64) },
  { answers: { t1: 1 }, deviceToken: token(65) },
  { answers: { t1: 1 }, deviceToken: `${token(20)}!` },
  { answers: { t1: 1 }, deviceToken: `${token(20)}\n` },
  { answers: { t1: 1 }, deviceToken: null },
  { answers: { t1: 1 }, deviceToken: 1234567890123456 },
  { answers: { t1: 1 }, gradeBand: 'x'.repeat(20) },
  { answers: { t1: 1 }, gradeBand: 'x'.repeat(21) },
  { answers: { t1: 1 }, gradeBand: null },
  { answers: { t1: 1 }, gradeBand: 4 },
  { answers: { t1: 1 }, gradeBand: '' },
  JSON.parse('{"answers":{"t1":1},"__proto__":{"x":1}}'),
  JSON.parse('{"answers":{"__proto__":1}}'),
  JSON.parse('{"answers":{"constructor":1,"toString":2}}'),
  JSON.parse('{"answers":{"t1":1},"constructor":"x"}'),
  JSON.parse('{"answers":{"t1":1,"t1":2}}'),
];

describe('the answer body: the plain check agrees with SubmitBody', () => {
  it('accepts nothing SubmitBody refuses, and gives the same value', () => {
    let accepted = 0;
    for (const body of [...edges, ...Array.from({ length: 500 }, (_, i) => JSON.parse(JSON.stringify(phone(i))))]) {
      const plain = plainSubmitBody(body);
      const zod = SubmitBody.safeParse(body);
      if (plain === undefined) continue;
      accepted++;
      expect({ body, accepted: zod.success }).toEqual({ body, accepted: true });
      expect(plain).toEqual(zod.data);
    }
    expect(accepted).toBeGreaterThan(500); // every phone's body, and the edges that pass
  });

  it('takes what the survey page sends without zod', () => {
    const spy = jest.spyOn(SubmitBody, 'safeParse');
    for (let i = 0; i < 50; i++) submittedBody(JSON.parse(JSON.stringify(phone(i))));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('leaves the rest to zod: its answer where it accepts, VALIDATION_FAILED where it does not', () => {
    for (const body of edges) {
      const zod = SubmitBody.safeParse(body);
      if (zod.success) expect(submittedBody(body)).toEqual(zod.data);
      else expect(() => submittedBody(body)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});

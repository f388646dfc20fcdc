/**
 * Results read the packs' text straight into columns (AnswerTable) instead of JSON.parse and an
 * object per answer. The reading must give exactly what decodePack gives, for the text encodePacks
 * writes and for any other JSON a pack may hold (it then falls back to JSON.parse).
 */
import { AnswerTable } from '../../src/domain/survey-answer-table';
import { decodePack, encodePacks, release, releaseTable, type PackedAnswer } from '../../src/domain/survey-packs';

const bands = ['', 'åk 4–6', 'F–3', 'år "2"', 'back\\slash', 'tab\there', '😊', 'ny\nrad'];
const units = ['1', '2', '17', '300', 'b5c1e0a2-guid', 'é'];
function randomAnswer(r: () => number): PackedAnswer {
  const answers: Record<string, number> = {};
  for (const q of ['t1', 't2', 'l1', 'd3', 'ft1', 'q"x', 'å1'].filter(() => r() < 0.6)) answers[q] = Math.floor(r() * 5);
  return {
    unitId: units[Math.floor(r() * units.length)],
    schoolForm: 'compulsoryF6',
    gradeBand: bands[Math.floor(r() * bands.length)],
    answers,
  };
}
function seeded(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}
const read = (table: AnswerTable) => Array.from({ length: table.count }, (_, i) => table.answer(i));
const plain = ({ unitId, gradeBand, answers }: PackedAnswer) => ({ unitId, gradeBand, answers });

describe('AnswerTable: the packs read into columns', () => {
  it('reads what encodePacks writes exactly as decodePack does, escapes and all', () => {
    const r = seeded(7);
    const answers = Array.from({ length: 3000 }, () => randomAnswer(r));
    const packs = encodePacks(answers, r);
    const table = new AnswerTable();
    packs.forEach((p, i) => table.addPack(p.entries, i + 1));
    expect(read(table)).toEqual(packs.flatMap((p) => decodePack(p.entries).map(plain)));
    expect(Array.from(table.pack.subarray(0, table.count))).toEqual(packs.flatMap((p, i) => Array(p.count).fill(i + 1)));
  });

  it('reads what the writer stores without JSON.parse', () => {
    const r = seeded(3);
    const answers = Array.from({ length: 500 }, () => ({ ...randomAnswer(r), gradeBand: 'åk 4–6', unitId: String(Math.floor(r() * 300)) }));
    const [pack] = encodePacks(answers, r);
    const spy = jest.spyOn(JSON, 'parse');
    const table = new AnswerTable();
    table.addPack(pack.entries.replace(/q\\"x/g, 'qx'), 1);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(table.count).toBe(500);
  });

  it('reads other JSON the same as JSON.parse (values that are not small whole numbers never count)', () => {
    const odd = [
      '[]',
      '[["1","f","",{}]]',
      '[["1","f","",{"t1":1.5,"t2":-1,"t3":1e3,"t4":1000000,"t5":3}]]',
      '[ ["1", "f", "", {"t1": 2}] ]',
      '[["1","f","",{"t1":01}]]'.replace('01', '1'),
      '[["\\u0031","f","",{"t\\u0031":4}]]',
      '[["1","f","",{"t1":2,"t1":3}]]',
    ];
    for (const entries of odd) {
      const table = new AnswerTable();
      table.addPack(entries, 1);
      const expected = (JSON.parse(entries) as [string, string, string, Record<string, number>][]).map((w) => ({
        unitId: w[0],
        gradeBand: w[2],
        answers: Object.fromEntries(Object.entries(w[3]).map(([k, v]) => [k, Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? v : -1])),
      }));
      expect({ entries, answers: read(table) }).toEqual({ entries, answers: expected });
    }
  });

  it('refuses text that is not JSON, as JSON.parse does, adding nothing', () => {
    const table = new AnswerTable();
    table.addPack('[["1","f","",{"t1":2}]]', 1);
    expect(() => table.addPack('[["1","f","",{"t1":2}],["2"', 2)).toThrow(SyntaxError);
    expect(read(table)).toEqual([{ unitId: '1', gradeBand: '', answers: { t1: 2 } }]);
  });

  it('releases the same answers as the rule on objects', () => {
    const r = seeded(11);
    const packs = Array.from({ length: 40 }, (_, i) => ({
      id: i + 1,
      answers: Array.from({ length: 1 + Math.floor(r() * 8) }, () => randomAnswer(r)),
    }));
    const marks = { '1': 5, '2': 30 };
    const table = new AnswerTable();
    for (const p of packs) table.addPack(encodePacks(p.answers, () => 0).at(0)!.entries, p.id);
    const onTable = releaseTable(table, marks, 10);
    const onObjects = release(
      packs.map((p) => ({ id: p.id, answers: decodePack(encodePacks(p.answers, () => 0)[0].entries) })),
      marks,
      10,
    );
    expect(onTable.watermarks).toEqual(onObjects.watermarks);
    expect(onTable.received).toEqual(onObjects.received);
    expect(read(table).filter((_, i) => onTable.released[i])).toEqual(onObjects.released.map(plain));
  });
});

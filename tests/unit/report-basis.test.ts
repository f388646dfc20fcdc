import { PRESETS } from '../../src/domain/presets';
import {
  hasBasis,
  keyFigureBasis,
  NO_ROUND_TEXT,
  swedishNumber,
  tldBasis,
  withBasis,
  withoutBasisMarkers,
  type BasisRound,
} from '../../src/domain/report-basis';

const round = (over: Partial<BasisRound['unit']> = {}): BasisRound => ({
  label: 'TLD oktober 2025',
  opensOn: '2025-10-01',
  closesOn: '2025-10-31',
  status: 'closed',
  unit: { answers: 4, received: 4, responseRate: 13.3, students: 30, shown: false, hiddenReason: 'fewAnswers', ...over },
});

describe('the report basis (pure)', () => {
  it('writes Swedish numbers', () => {
    expect([swedishNumber(3.44), swedishNumber(84), swedishNumber(1234.5), swedishNumber(-0.26)]).toEqual([
      '3,4',
      '84',
      '1\u00a0234,5',
      '−0,3',
    ]);
  });

  it('never shows a hidden group’s figures, only why', () => {
    const part = tldBasis([round()], 10);
    expect(part.text).toContain('För få svar för att visa (under 10)');
    expect(part.text).not.toMatch(/Trygghet:/);
    expect(part.tables[0].rows[0].slice(3)).toEqual(Array(3).fill('För få svar för att visa (under 10)'));
    expect(tldBasis([round({ hiddenReason: 'protectsOthers', answers: 12, received: 12 })], 10).text).toContain(
      'skydda andra gruppers svar',
    );
  });

  it('says so when there is nothing to fetch', () => {
    expect(tldBasis([{ ...round(), status: 'planned' }], 10)).toMatchObject({ empty: true, text: NO_ROUND_TEXT });
    expect(keyFigureBasis([]).empty).toBe(true);
    expect(
      keyFigureBasis([{ label: 'Elever per lärare', unit: 'antal', year: 2025, value: 12.14, municipality: null, national: 11.9 }]).text,
    ).toMatch(/^Elever per lärare, 2025: 12,1 \(riket 11,9\)/);
  });

  it('replaces only the generated part on refresh, keeping the principal’s text', () => {
    const first = withBasis('Min egen text.', keyFigureBasis([]), '2026-06-01');
    expect(first.endsWith('\n\nMin egen text.')).toBe(true);
    expect(hasBasis(first)).toBe(true);
    const edited = `Inledning.\n${first}\nMer eget.`;
    const again = withBasis(edited, tldBasis([round()], 10), '2026-06-02');
    expect(again.startsWith('Inledning.\n▸ Hämtat underlag 2 juni 2026')).toBe(true);
    expect(again.endsWith('Min egen text.\nMer eget.')).toBe(true);
    expect(again).not.toContain('Inga nyckeltal');
  });

  it('has a TLD and a statistics section in every preset’s unit document', () => {
    for (const p of PRESETS) {
      const marked = p.process.reportDefinition.sections.flatMap((s) => (s.kind === 'text' && s.basis ? [s.basis] : []));
      expect([p.key, marked.sort()]).toEqual([p.key, ['keyFigures', 'tldResults']]);
    }
  });
});

describe('withoutBasisMarkers: what a reader gets', () => {
  it('drops the two marker lines and keeps the figures and the principal’s words', () => {
    const part = { source: 'tldResults', text: 'Trygghet 79,5 (oktober 2025)', tables: [], empty: false } as Parameters<
      typeof withBasis
    >[1];
    const text = withBasis('Vår egen analys.', part, '2026-05-18');
    expect(text).toMatch(/▸ Hämtat underlag/);
    expect(withoutBasisMarkers(text)).toBe('Trygghet 79,5 (oktober 2025)\n\nVår egen analys.');
    expect(withoutBasisMarkers('Bara egen text.')).toBe('Bara egen text.');
  });
});

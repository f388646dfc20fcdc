/** The overview chart's data: one measure per unit across rounds and years, hidden TLD values never a number. */
import { measureSeries, measuresOf, niceMax, pointLabel, pointText } from '../../tabs/src/features/overview/measure-series';
import type { Overview } from '../../tabs/src/api/organiser-types';

const rounds = [
  { id: 'r1', label: 'TLD oktober 2025', schoolYear: '2025/26' },
  { id: 'r2', label: 'TLD april 2026', schoolYear: '2025/26' },
];
const unit = (id: string, name: string, tld: unknown[], keyFigures: unknown[] = []) => ({
  unit: { id, name, schoolForm: 'preschool', schoolFormLabel: 'Förskola' },
  tld,
  keyFigures,
});
const overview = {
  schoolYear: '2025/26',
  rounds,
  units: [
    unit(
      'a',
      'Ekorrens förskola',
      [
        { roundId: 'r1', label: 'TLD oktober 2025', answers: 15, responseRate: 80, shown: true, index: { T: 73.25, L: 66.7, D: 66.7 } },
        { roundId: 'r2', label: 'TLD april 2026', answers: 18, responseRate: 85, shown: true, index: { T: 69.5, L: 83.3, D: 52.8 } },
      ],
      [
        {
          kpiId: 'N11102',
          label: 'Barn per årsarbetare i förskolan',
          hasData: true,
          values: [{ year: 2025, value: 5.1 }],
          direction: 'none',
        },
      ],
    ),
    unit('b', 'Strandängens förskola', [
      { roundId: 'r1', label: 'TLD oktober 2025', answers: 4, responseRate: 30, shown: false, index: null },
      { roundId: 'r2', label: 'TLD april 2026', answers: 0, responseRate: null, shown: false, index: null },
    ]),
  ],
} as unknown as Overview;

it('offers the three TLD areas and the key figures some unit has', () => {
  expect(measuresOf(overview).map((m) => m.label)).toEqual([
    'Trygghet (TLD-index)',
    'Lärande (TLD-index)',
    'Delaktighet (TLD-index)',
    'Barn per årsarbetare i förskolan',
  ]);
});

it('gives each unit a point per round, a hidden value as "–" and never its number', () => {
  const data = measureSeries(overview, 'tld:T')!;
  expect(data.periods).toEqual(['TLD oktober 2025', 'TLD april 2026']);
  expect(data.max).toBe(100);
  const [ekorren, strandangen] = data.units;
  expect(ekorren.points.map(pointText)).toEqual(['73,3', '69,5']);
  expect(strandangen.points).toEqual([
    { period: 'TLD oktober 2025', value: null, missing: 'hidden' },
    { period: 'TLD april 2026', value: null, missing: 'none' },
  ]);
  expect(strandangen.points.map(pointText)).toEqual(['–', '–']);
  expect(pointLabel(strandangen.points[0])).toBe('TLD oktober 2025: –, dolt under anonymitetsgränsen');
});

it('shows a key figure per year for the units that have it, on a round scale', () => {
  const data = measureSeries(overview, 'kpi:N11102')!;
  expect(data.units.map((u) => u.unitName)).toEqual(['Ekorrens förskola']);
  expect(data.periods).toEqual(['2025']);
  expect(data.max).toBe(10);
  expect(pointText(data.units[0].points[0])).toBe('5,1');
  // A whole number keeps its decimal, Swedish style, so a column of values reads alike.
  expect([85, 0, 99.96].map((value) => pointText({ period: '2025', value, missing: null }))).toEqual(['85,0', '0,0', '100,0']);
  expect(measureSeries(overview, 'kpi:nothing')).toBeUndefined();
});

it.each([
  [0.4, 0.5],
  [5.1, 10],
  [13.3, 20],
  [89, 100],
  [229.9, 250],
])('niceMax(%s) = %s', (n, max) => expect(niceMax(n)).toBe(max));

/** The year wheel writes its dates in Swedish with the browser's calendar names (no month list of its own). */
import { describeDates } from '../../tabs/src/features/year-wheel/wheel-geometry';

it.each([
  [{ startDate: '2026-09-01', endDate: '2026-09-01' }, '1 september'],
  [{ startDate: '2026-09-01', endDate: '2026-09-30' }, '1 september – 30 september'],
  [{ startDate: '2026-10-15', endDate: '2026-10-15', time: '13:00' }, '15 oktober kl. 13:00'],
  [{ startDate: '2027-01-07', endDate: '2027-03-01' }, '7 januari – 1 mars'],
  [{ startDate: '2027-05-31', endDate: '2027-05-31' }, '31 maj'],
])('%o → %s', (event, text) => {
  expect(describeDates(event)).toBe(text);
});

/** Times in the tab are Swedish time wherever the browser is, and say so when the browser's clock differs. */
import { clockTime, dateTime, swedishLocalToIso, zoneNote } from '../../tabs/src/lib/dates';

describe('tab dates', () => {
  const at = '2026-11-23T12:00:00Z'; // 13:00 in Stockholm

  it('shows 13:00 in Stockholm as 13:00 (svensk tid) in New York, not 08:00', () => {
    expect(clockTime(at, 'America/New_York')).toBe('13:00 (svensk tid)');
    expect(dateTime(at, 'America/New_York')).toMatch(/13:00 \(svensk tid\)$/);
  });

  it('adds nothing where the browser is on Swedish time, or a zone with the same offset', () => {
    expect(clockTime(at, 'Europe/Stockholm')).toBe('13:00');
    expect(zoneNote(new Date(at), 'Europe/Berlin')).toBe('');
    expect(zoneNote(new Date('2026-07-01T10:00:00Z'), 'Europe/London')).toBe(' (svensk tid)');
  });

  it("reads a typed meeting time as Swedish time (winter and summer), not the browser's", () => {
    expect(swedishLocalToIso('2026-11-23T13:00')).toBe('2026-11-23T12:00:00.000Z');
    expect(swedishLocalToIso('2027-05-20T13:00')).toBe('2027-05-20T11:00:00.000Z');
  });
});

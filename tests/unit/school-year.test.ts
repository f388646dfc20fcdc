import { DomainError } from '../../src/domain/errors';
import { parseSchoolYear, previousSchoolYear, schoolYearOf, schoolYearOfDay, schoolYearToUrl } from '../../src/domain/school-year';

describe('school year (läsår)', () => {
  it.each([
    ['2025/26', '2025/26'],
    ['2025-26', '2025/26'],
    ['1999/00', '1999/00'],
  ])('parses %s as %s', (raw, expected) => expect(parseSchoolYear(raw)).toBe(expected));

  it.each(['2025/27', '2025', '25/26', '2025/2026', ''])('refuses %p with a Swedish message', (raw) => {
    expect(() => parseSchoolYear(raw)).toThrow(DomainError);
    expect(() => parseSchoolYear(raw)).toThrow(/läsår/i);
  });

  it('places July and later in the coming year, January–June in the running one', () => {
    expect(schoolYearOf(2026, 7)).toBe('2026/27');
    expect(schoolYearOf(2026, 11)).toBe('2026/27');
    expect(schoolYearOf(2027, 6)).toBe('2026/27');
    expect(schoolYearOf(2000, 1)).toBe('1999/00');
  });

  it('names the current school year from a clock day (the one rule the server and the tab config use)', () => {
    expect(schoolYearOfDay('2026-06-30')).toBe('2025/26');
    expect(schoolYearOfDay('2026-07-01')).toBe('2026/27');
    expect(schoolYearOfDay('2027-01-15')).toBe('2026/27');
  });

  it('knows the previous year and the URL form', () => {
    expect(previousSchoolYear('2026/27')).toBe('2025/26');
    expect(previousSchoolYear('2000/01')).toBe('1999/00');
    expect(schoolYearToUrl('2026/27')).toBe('2026-27');
  });
});

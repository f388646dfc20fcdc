/**
 * The dialogue and directory mappers parse with schemas made once, not per item: a zod 4 object
 * built per call cost ~140× the parse (20,000 invitations: 2.7 s of CPU against 0.02 s), and the
 * 300-unit year (bench/year) maps tens of thousands of invitations, groups and people.
 */
jest.mock('zod', () => {
  const actual = jest.requireActual('zod');
  const built = { count: 0 };
  const counted = new Set(['object', 'array', 'enum', 'string', 'number']);
  // A copy of the namespace (its own properties are read-only) with the builders counted.
  const z: Record<string, unknown> = { ...actual.z };
  for (const name of counted) {
    const build = actual.z[name];
    z[name] = (...args: unknown[]) => {
      built.count += 1;
      return build(...args);
    };
  }
  return { ...actual, z, built };
});
import { toGroup, toInvitation } from '../../src/app/dialogues/dialogue-records';
import { toPerson, toUnit } from '../../src/app/store/records';

const built = (jest.requireMock('zod') as { built: { count: number } }).built;

const at = { created: '2026-08-10T08:00:00Z', modified: '2026-08-10T08:00:00Z' };

it('builds no zod schema per item mapped', () => {
  expect(built.count).toBeGreaterThan(0); // the modules' own schemas, made as they load: the count sees them
  built.count = 0;
  const invitation = toInvitation({
    id: '1',
    etag: '"e,1"',
    ...at,
    fields: {
      roundId: 'r',
      groupId: 'g',
      personId: 'p',
      role: 'principal',
      unitIds: '["u1","u2"]',
      answer: 'pending',
      answerNote: null,
      answeredAt: null,
      calendarToken: null,
    },
  });
  const none = { schoolForm: null, start: null, end: null, place: null, meetingUrl: null, sequence: null, calendarEventId: null };
  const group = toGroup({
    id: '2',
    etag: '"e,1"',
    ...at,
    fields: { ...none, name: 'Grupp 1', unitIds: '["u1"]', staffIds: null, position: 3 },
  });
  const unit = toUnit({
    id: '3',
    etag: '"e,1"',
    ...at,
    fields: { name: 'Enhet', schoolForm: 'preschool', schoolUnitCode: null, koladaId: null, schoolForms: '["preschool"]' },
  });
  const person = toPerson({
    id: '4',
    etag: '"e,1"',
    ...at,
    fields: { displayName: 'Rektor', email: null, aadObjectId: null, appRoles: '["organiser"]' },
  });
  expect(invitation).toMatchObject({ unitIds: ['u1', 'u2'], answer: 'pending', answerNote: '' });
  expect(group).toMatchObject({ unitIds: ['u1'], staffIds: [], position: 3 });
  expect(unit.schoolForms).toEqual(['preschool']);
  expect(person.appRoles).toEqual(['organiser']);
  expect(built.count).toBe(0);
});

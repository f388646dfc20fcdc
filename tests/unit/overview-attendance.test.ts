/** The overview's "Närvaro" join: per unit, the dialogues (groups) where a principal of it was there; null when nothing is recorded; sortable by share. */
import { attendanceByUnit } from '../../src/app/organiser/overview-attendance';
import type { ListItem } from '../../src/app/ports/list-store';
import { sortUnits } from '../../tabs/src/features/overview/overview-table';
import type { OverviewUnit } from '../../tabs/src/api/organiser-types';

const item = (id: string, fields: Record<string, string>): ListItem => ({ id, etag: '1', created: '', modified: '', fields });
const inv = (groupId: string, personId: string, unitIds: string[], role = 'principal') =>
  item(`${groupId}-${personId}`, { groupId, personId, role, unitIds: JSON.stringify(unitIds) });
const meeting = (groupId: string, marks: Record<string, boolean>) =>
  item(groupId, {
    groupId,
    attendance: JSON.stringify(
      Object.fromEntries(Object.entries(marks).map(([p, present]) => [p, { present, source: 'manual', minutes: null }])),
    ),
  });

it('counts the dialogues a unit’s principal(s) came to, of those the unit was invited to', () => {
  const invitations = [
    inv('g1', 'anna', ['u1']),
    inv('g2', 'anna', ['u1']),
    inv('g3', 'anna', ['u1']),
    inv('g3', 'bo', ['u1', 'u2']),
    inv('g1', 'erik', ['u2'], 'organiser'),
    inv('g4', 'cia', ['u3']),
  ];
  const meetings = [
    meeting('g1', { anna: true, erik: true }),
    meeting('g2', { anna: false }),
    meeting('g3', { anna: false, bo: true }),
    item('g4', { groupId: 'g4', attendance: '' }),
  ];
  const result = attendanceByUnit(invitations, meetings);
  expect(result.get('u1')).toEqual({ attended: 2, invited: 3 }); // g1 Anna, g3 Bo
  expect(result.get('u2')).toEqual({ attended: 1, invited: 1 }); // the organiser's row does not count
  expect(result.get('u3')).toBeNull(); // invited, nothing recorded
  expect(result.has('u4')).toBe(false);
});

it('sorts by the share attended, units without a record last', () => {
  const unit = (name: string, attendance: OverviewUnit['attendance']) =>
    ({ unit: { id: name, name, schoolForm: 'preschool', schoolFormLabel: 'Förskola' }, attendance }) as unknown as OverviewUnit;
  const sorted = sortUnits([unit('A', null), unit('B', { attended: 2, invited: 3 }), unit('C', { attended: 1, invited: 1 })], {
    key: 'attendance',
    dir: 'descending',
  });
  expect(sorted.map((u) => u.unit.name)).toEqual(['C', 'B', 'A']);
});

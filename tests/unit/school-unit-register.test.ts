import { planUnitChanges } from '../../src/domain/directory-changes';
import { curriculumOfUnit, importable, primarySchoolForm, schoolFormsOf } from '../../src/domain/school-unit-register';

const unit = (schoolTypes: string[], status: 'AKTIV' | 'UPPHORT' | 'VILANDE' | 'PLANERAD' = 'AKTIV') => ({
  schoolUnitCode: '12345678',
  name: 'X',
  schoolTypes,
  status,
});

test.each([
  [['FS'], 'lpfo18'],
  [['FKLASS', 'GR', 'FTH'], 'lgr22'],
  [['FTH'], 'lgr22'],
  [['GY', 'GYAN'], 'gy11'],
  [['GRAN'], 'lgr22'],
])('a unit with %j plans with %s goal areas', (types, curriculum) => {
  expect(curriculumOfUnit(unit(types))).toBe(curriculum);
});

test('school forms without an SKA process are left out; such a unit is not imported, nor a planned one', () => {
  expect(schoolFormsOf(['VUX', 'GR'])).toEqual(['compulsoryF6']);
  expect(importable(unit(['VUX']))).toBe(false);
  expect(importable(unit(['GR'], 'PLANERAD'))).toBe(false);
  expect(primarySchoolForm([])).toBeUndefined();
});

test('the admin’s grade span is kept unless the forms themselves change; a closed unit is marked, never dropped', () => {
  const current = [
    {
      id: '1',
      schoolUnitCode: '12345678',
      name: 'X',
      schoolForm: 'compulsory79' as const,
      schoolForms: ['compulsoryF6' as const],
      status: 'open' as const,
    },
  ];
  expect(planUnitChanges(current, [unit(['GR'])])).toEqual([]);
  expect(planUnitChanges(current, [unit(['GR'], 'UPPHORT')])).toEqual([
    {
      schoolUnitCode: '12345678',
      unitId: '1',
      name: 'X',
      schoolForm: 'compulsory79',
      schoolForms: ['compulsoryF6'],
      status: 'closed',
      what: ['closed'],
    },
  ]);
  expect(planUnitChanges(current, [unit(['GY'])])[0]).toMatchObject({ schoolForm: 'upperSecondary', what: ['forms'] });
  expect(planUnitChanges([], [unit(['GR'], 'UPPHORT')])).toEqual([]);
});

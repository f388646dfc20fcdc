/**
 * Dialogue groups as the 2024 guideline means them: "grupper om 3–4 rektorer från samma skolform",
 * the form as the law names it — grundskola's grade spans meet in one group.
 */
import { dialogueFormOf, proposeDialogueGroups, type GroupingUnit } from '../../src/domain/dialogue-groups';
import { DEFAULT_DIALOGUE_TYPES, dialogueType, roundProblems } from '../../src/domain/dialogue';
import { legalSchoolForm, SCHOOL_FORM_CODES, type SchoolForm } from '../../src/domain/school-forms';
import { DEMO_PEOPLE, DEMO_UNITS } from '../../src/app/seed/demo-municipality';

const T = (key: string) => dialogueType(DEFAULT_DIALOGUE_TYPES, key);

const demoUnits = (): GroupingUnit[] =>
  DEMO_UNITS.map((u) => ({
    unitId: u.ref,
    unitName: u.name,
    schoolForm: u.schoolForm,
    principals: DEMO_PEOPLE.filter((p) => p.units.some(([ref, role]) => ref === u.ref && role === 'principal')).map((p) => ({
      personId: p.ref,
      displayName: p.displayName,
    })),
    staff: DEMO_PEOPLE.filter((p) => p.units.some(([ref, role]) => ref === u.ref && role === 'staff')).map((p) => ({
      personId: p.ref,
      displayName: p.displayName,
    })),
  }));

describe('the 13 demo units of Sjöviks kommun', () => {
  it('meet by legal school form: one group of Grundskola across F–3, 4–6, F–6 and 7–9, named with the form', () => {
    const p = proposeDialogueGroups(T('conditions'), demoUnits());
    expect(p.unassigned).toEqual([]);
    expect(p.groups.map((g) => [g.name, g.schoolForm, [...g.principalIds].sort()])).toEqual([
      ['Förskola', 'preschool', ['anna', 'karin', 'leila']],
      ['Grundskola', 'compulsory', ['anna', 'johan', 'mats', 'sofia']],
      ['Anpassad grundskola', 'adaptedCompulsory', ['peter']],
      ['Gymnasieskola', 'upperSecondary', ['elin', 'omar']],
    ]);
    const compulsory = p.groups.find((g) => g.schoolForm === 'compulsory')!;
    expect([...compulsory.unitIds].sort()).toEqual(['asen', 'bjorkskolan', 'kvarnby', 'norrbacka', 'sjoviksskolan']);
    expect(p.groups.flatMap((g) => g.unitIds)).toHaveLength(13);
    // Only the forms too small for 3 say why; no label carries a grade span.
    expect(p.groups.map((g) => g.note ?? '')).toEqual([
      '',
      '',
      'Den enda rektorn i skolformen anpassad grundskola: skolformer blandas inte i en förutsättningsdialog.',
      'Bara 2 rektorer i skolformen gymnasieskola: en mindre grupp än 3, eftersom skolformer inte blandas i en förutsättningsdialog.',
    ]);
    expect(p.groups.some((g) => /F–3|F–6|4–6|7–9/.test(g.name + (g.note ?? '')))).toBe(false);
  });

  it('gives the processdialog one group per unit with its principal and staff', () => {
    const p = proposeDialogueGroups(T('process'), demoUnits());
    expect(p.groups).toHaveLength(13);
    expect(p.groups.find((g) => g.unitIds[0] === 'bjorkskolan')).toMatchObject({ principalIds: ['anna'], staffIds: ['lisa', 'ahmed'] });
  });

  it('proposes a round the round rules accept (grade spans are one form)', () => {
    const p = proposeDialogueGroups(T('results'), demoUnits());
    const forms = new Map(DEMO_UNITS.map((u) => [u.ref, u.schoolForm]));
    const groups = p.groups.map((g) => ({ name: g.name, unitIds: g.unitIds, staffIds: [] }));
    expect(
      roundProblems({ type: T('results'), windowStart: '2027-05-01', windowEnd: '2027-06-15', groups }, (id) => forms.get(id)),
    ).toEqual([]);
    const mixed = [{ name: 'Blandad', unitIds: ['larkan', 'asen'], staffIds: [] }];
    expect(
      roundProblems({ type: T('results'), windowStart: '2027-05-01', windowEnd: '2027-06-15', groups: mixed }, (id) => forms.get(id)),
    ).toEqual(['Blandad: skolformer blandas inte i en resultatdialog (Förskola, Grundskola).']);
  });
});

describe('300 units', () => {
  // A large municipality: every school form code, one to three units per principal.
  const units: GroupingUnit[] = Array.from({ length: 300 }, (_, i) => {
    const form = SCHOOL_FORM_CODES[i % SCHOOL_FORM_CODES.length] as SchoolForm;
    const principal = `p${Math.floor(i / 2)}-${legalSchoolForm(form)}`;
    return {
      unitId: `u${i}`,
      unitName: `Enhet ${String(i).padStart(3, '0')}`,
      schoolForm: form,
      principals: [{ personId: principal, displayName: `Rektor ${principal}` }],
      staff: [],
    };
  });

  it('places every unit once, never mixes forms, and keeps every group at 3–4 but for a split that cannot be made', () => {
    const p = proposeDialogueGroups(T('conditions'), units);
    const placed = p.groups.flatMap((g) => g.unitIds);
    expect(placed).toHaveLength(300);
    expect(new Set(placed).size).toBe(300);
    const formOf = new Map(units.map((u) => [u.unitId, legalSchoolForm(u.schoolForm)]));
    for (const g of p.groups) {
      expect(new Set(g.unitIds.map((id) => formOf.get(id)))).toEqual(new Set([g.schoolForm]));
      expect(g.principalIds.length).toBeLessThanOrEqual(4);
      const ofForm = new Set(units.filter((u) => formOf.get(u.unitId) === g.schoolForm).flatMap((u) => u.principals.map((x) => x.personId)))
        .size;
      if (ofForm >= 6 || ofForm === 3 || ofForm === 4) expect(g.principalIds.length).toBeGreaterThanOrEqual(3);
      expect(g.principalIds.length >= 3 || g.note !== undefined).toBe(true);
    }
    // Grundskola's four grade spans are one form: 4/9 of the units in one run of groups.
    const compulsory = p.groups.filter((g) => g.schoolForm === 'compulsory');
    expect(compulsory.flatMap((g) => g.unitIds)).toHaveLength(units.filter((u) => formOf.get(u.unitId) === 'compulsory').length);
    expect(compulsory[0].name).toBe('Grundskola, grupp 1');
    const principalsOfCompulsory = compulsory.flatMap((g) => g.principalIds);
    expect(new Set(principalsOfCompulsory).size).toBe(principalsOfCompulsory.length);
  });

  it('proposes in well under a second', () => {
    const started = performance.now();
    proposeDialogueGroups(T('results'), units);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a unit with several forms', () => {
  const unit = (id: string, form: SchoolForm, forms: SchoolForm[], principal: string): GroupingUnit => ({
    unitId: id,
    unitName: id,
    schoolForm: form,
    schoolForms: forms,
    principals: [{ personId: principal, displayName: principal }],
    staff: [],
  });

  it("goes where its principal's main form is, when it has that form", () => {
    // Ängen: grundskola with a förskola; its principal otherwise leads two förskolor → Förskola.
    const units = [
      unit('angen', 'compulsoryF6', ['preschool', 'preschoolClass', 'compulsoryF6'], 'rut'),
      unit('f1', 'preschool', [], 'rut'),
      unit('f2', 'preschool', [], 'rut'),
    ];
    expect(dialogueFormOf(units).get('angen')).toBe('preschool');
  });

  it('goes to its own main form when the principal leads nothing else, or nothing of its forms', () => {
    expect(
      dialogueFormOf([unit('angen', 'compulsoryF6', ['preschoolClass', 'compulsoryF6', 'schoolAgeEducare'], 'rut')]).get('angen'),
    ).toBe('compulsory');
    const units = [
      unit('angen', 'compulsory79', ['compulsory79', 'schoolAgeEducare'], 'rut'),
      unit('gy1', 'upperSecondary', [], 'rut'),
      unit('gy2', 'upperSecondary', [], 'rut'),
    ];
    expect(dialogueFormOf(units).get('angen')).toBe('compulsory');
  });

  it('is accepted by the round rules in a group of any of its forms', () => {
    const forms: Record<string, SchoolForm[]> = { angen: ['compulsoryF6', 'preschool'], f1: ['preschool'], g1: ['compulsory79'] };
    const check = (unitIds: string[]) =>
      roundProblems(
        { type: T('conditions'), windowStart: '2026-09-01', windowEnd: '2026-09-30', groups: [{ name: 'G', unitIds, staffIds: [] }] },
        (id) => forms[id],
      );
    expect(check(['angen', 'f1'])).toEqual([]);
    expect(check(['angen', 'g1'])).toEqual([]);
    expect(check(['f1', 'g1'])).toEqual(['G: skolformer blandas inte i en förutsättningsdialog (Förskola, Grundskola).']);
  });
});

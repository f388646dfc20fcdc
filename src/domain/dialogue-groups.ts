/**
 * Proposes dialogue groups as the guideline means them: for förutsättnings- and resultatdialog,
 * "grupper om 3–4 rektorer från samma skolform" — the form as the law names it (Förskola,
 * Grundskola, Gymnasieskola…), so grundskola's grade spans (F–3, F–6, 4–6, 7–9) meet in one group;
 * forms are never mixed. For processdialog, one unit with its principal and staff. A proposal; the
 * organiser adjusts it.
 *
 * Sizes (groupSizes): groups of 3 and 4 as even as can be; a group of 2 only when the form's
 * principals cannot be split otherwise (2 of them, or 5 → 3 + 2), of 1 only when the form has one
 * principal. Never more than 4.
 *
 * Where a unit goes: a unit with one form goes to that form. A unit with several forms (an F–9
 * school with förskoleklass and fritidshem, a förskola inside a grundskola) goes where its
 * principal's main form is — the form most of the principal's units have, ties settled as a
 * unit's own forms are (the school's own education before what surrounds it, preschool last) —
 * when the unit has that form, else to its own main form. A principal with units in two forms
 * sits in both forms' groups, once in each with all their units of that form.
 */
import { type DialogueKind, type DialogueType } from './dialogue';
import {
  LEGAL_SCHOOL_FORM_CODES,
  LEGAL_SCHOOL_FORM_PRIORITY,
  LEGAL_SCHOOL_FORMS,
  legalSchoolForm,
  type LegalSchoolForm,
  type SchoolForm,
} from './school-forms';

export interface GroupingUnit {
  unitId: string;
  unitName: string;
  /** The unit's main form (the one that decides its curriculum). */
  schoolForm: SchoolForm;
  /** Every form the register gives the unit; absent or empty when it has one. */
  schoolForms?: SchoolForm[];
  principals: { personId: string; displayName: string }[];
  staff: { personId: string; displayName: string }[];
}

export interface ProposedGroup {
  name: string;
  /** The legal school form for a group of principals (e.g. "compulsory"); the unit's form for a processdialog. */
  schoolForm: SchoolForm | LegalSchoolForm;
  unitIds: string[];
  /** The principals of those units (a principal of two units of the form is there once). */
  principalIds: string[];
  staffIds: string[];
  /** Why the group is outside 3–4, in Swedish; absent when it is not. */
  note?: string;
}

export interface GroupProposal {
  kind: DialogueKind;
  groups: ProposedGroup[];
  /** Units left out, with why (e.g. no principal). */
  unassigned: { unitId: string; unitName: string; reason: string }[];
}

export const GROUP_SIZE = { min: 3, max: 4 } as const;

/**
 * Sizes for n people in groups of at most max, as few and as even as can be: 10 → 4+3+3, 6 → 3+3.
 * With max 4 every split from 6 up is 3s and 4s; 5 becomes 3+2 (a 2 only where no 3–4 split
 * exists), and fewer than 3 stay one group.
 */
export function groupSizes(n: number, max: number = GROUP_SIZE.max): number[] {
  if (n <= 0) return [];
  const count = Math.ceil(n / max);
  const base = Math.floor(n / count);
  const extra = n % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

export function proposeDialogueGroups(type: DialogueType, units: GroupingUnit[], size = GROUP_SIZE): GroupProposal {
  const kind = type.key;
  const unassigned = units
    .filter((u) => u.principals.length === 0)
    .map((u) => ({ unitId: u.unitId, unitName: u.unitName, reason: 'Enheten har ingen rektor i personregistret.' }));
  const withPrincipal = units.filter((u) => u.principals.length > 0).sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));

  if (type.grouping === 'all') {
    // A workshop or a meeting of every principal: one group, forms together.
    const group = {
      name: type.label,
      schoolForm: withPrincipal[0]?.schoolForm ?? 'compulsoryF6',
      unitIds: withPrincipal.map((u) => u.unitId),
      principalIds: [...new Set(withPrincipal.flatMap((u) => u.principals.map((p) => p.personId)))],
      staffIds: [],
    };
    return { kind, groups: withPrincipal.length ? [group] : [], unassigned };
  }
  if (type.grouping === 'unit') {
    const groups = withPrincipal.map((u) => ({
      name: u.unitName,
      schoolForm: u.schoolForm,
      unitIds: [u.unitId],
      principalIds: u.principals.map((p) => p.personId),
      staffIds: u.staff.map((s) => s.personId),
    }));
    return { kind, groups, unassigned };
  }

  const formOf = dialogueFormOf(withPrincipal);
  const groups: ProposedGroup[] = [];
  for (const form of LEGAL_SCHOOL_FORM_CODES) {
    const ofForm = withPrincipal.filter((u) => formOf.get(u.unitId) === form);
    if (ofForm.length === 0) continue;
    // One seat per principal: their units of this form come with them.
    const seats = new Map<string, { displayName: string; unitIds: string[] }>();
    for (const u of ofForm) {
      for (const p of u.principals) {
        const seat = seats.get(p.personId) ?? { displayName: p.displayName, unitIds: [] };
        seat.unitIds.push(u.unitId);
        seats.set(p.personId, seat);
      }
    }
    const people = [...seats.entries()].sort((a, b) => a[1].displayName.localeCompare(b[1].displayName, 'sv'));
    const sizes = groupSizes(people.length, size.max);
    const label = LEGAL_SCHOOL_FORMS[form];
    let at = 0;
    sizes.forEach((n, i) => {
      const members = people.slice(at, at + n);
      at += n;
      const note = sizeNote(n, people.length, label.toLowerCase(), type.label.toLowerCase(), size);
      groups.push({
        name: sizes.length > 1 ? `${label}, grupp ${i + 1}` : label,
        schoolForm: form,
        unitIds: [...new Set(members.flatMap(([, s]) => s.unitIds))],
        principalIds: members.map(([id]) => id),
        staffIds: [],
        ...(note ? { note } : {}),
      });
    });
  }
  return { kind, groups, unassigned };
}

/** Why a group is outside min–max, in Swedish; undefined when it is not. */
function sizeNote(n: number, ofForm: number, form: string, dialogue: string, size: { min: number; max: number }): string | undefined {
  if (n >= size.min && n <= size.max) return undefined;
  if (ofForm === 1) return `Den enda rektorn i skolformen ${form}: skolformer blandas inte i en ${dialogue}.`;
  if (ofForm < size.min)
    return `Bara ${ofForm} rektorer i skolformen ${form}: en mindre grupp än ${size.min}, eftersom skolformer inte blandas i en ${dialogue}.`;
  return `${ofForm} rektorer i skolformen ${form} går inte att dela i grupper om ${size.min}–${size.max}, så en grupp blir ${n}.`;
}

/** The legal school form each unit's dialogue is held in (see the rule at the top). */
export function dialogueFormOf(units: GroupingUnit[]): Map<string, LegalSchoolForm> {
  const formsOf = (u: GroupingUnit) => {
    const all = new Set([u.schoolForm, ...(u.schoolForms ?? [])].map(legalSchoolForm));
    return LEGAL_SCHOOL_FORM_PRIORITY.filter((f) => all.has(f));
  };
  const counts = new Map<string, Map<LegalSchoolForm, number>>();
  for (const u of units) {
    for (const p of u.principals) {
      const c = counts.get(p.personId) ?? new Map<LegalSchoolForm, number>();
      const main = legalSchoolForm(u.schoolForm);
      c.set(main, (c.get(main) ?? 0) + 1);
      counts.set(p.personId, c);
    }
  }
  const mainFormOf = (personId: string): LegalSchoolForm | undefined => {
    const c = counts.get(personId);
    if (!c) return undefined;
    // Most units wins; the priority order settles a tie.
    return LEGAL_SCHOOL_FORM_PRIORITY.reduce<LegalSchoolForm | undefined>(
      (best, f) => ((c.get(f) ?? 0) > (best ? (c.get(best) ?? 0) : 0) ? f : best),
      undefined,
    );
  };
  const out = new Map<string, LegalSchoolForm>();
  for (const u of units) {
    const forms = formsOf(u);
    const own = legalSchoolForm(u.schoolForm);
    if (forms.length <= 1) {
      out.set(u.unitId, own);
      continue;
    }
    const principal = [...u.principals].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'))[0];
    const main = principal && mainFormOf(principal.personId);
    out.set(u.unitId, main && forms.includes(main) ? main : own);
  }
  return out;
}

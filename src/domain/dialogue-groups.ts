/**
 * Proposes dialogue groups: for förutsättnings- and resultatdialog, 3–4 principals of one school
 * form (forms never mixed); for processdialog, one unit with its principal and staff.
 * A proposal; the organiser adjusts it.
 */
import { type DialogueKind, type DialogueType } from './dialogue';
import { SCHOOL_FORMS, SCHOOL_FORM_CODES, type SchoolForm } from './school-forms';

export interface GroupingUnit {
  unitId: string;
  unitName: string;
  schoolForm: SchoolForm;
  principals: { personId: string; displayName: string }[];
  staff: { personId: string; displayName: string }[];
}

export interface ProposedGroup {
  name: string;
  schoolForm: SchoolForm;
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
 * Sizes for n people in groups of min–max, as even as can be: 10 → 4+3+3, 6 → 3+3.
 * Where no split fits (fewer than min, or 5 with 3–4) the people stay in one group rather than
 * leaving someone in a group of one or two.
 */
export function groupSizes(n: number, min: number = GROUP_SIZE.min, max: number = GROUP_SIZE.max): number[] {
  if (n <= 0) return [];
  let count = Math.ceil(n / max);
  if (Math.floor(n / count) < min) count = Math.max(1, Math.floor(n / min));
  const base = Math.floor(n / count);
  const extra = n % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

export function proposeDialogueGroups(type: DialogueType, units: GroupingUnit[], size = GROUP_SIZE): GroupProposal {
  const kind = type.key;
  const unassigned = units.filter((u) => u.principals.length === 0).map((u) => ({ unitId: u.unitId, unitName: u.unitName, reason: 'Enheten har ingen rektor i personregistret.' }));
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

  const groups: ProposedGroup[] = [];
  for (const form of SCHOOL_FORM_CODES) {
    const ofForm = withPrincipal.filter((u) => u.schoolForm === form);
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
    const sizes = groupSizes(people.length, size.min, size.max);
    let at = 0;
    sizes.forEach((n, i) => {
      const members = people.slice(at, at + n);
      at += n;
      const name = sizes.length > 1 ? `${SCHOOL_FORMS[form]}, grupp ${i + 1}` : SCHOOL_FORMS[form];
      const note =
        n < size.min
          ? `Bara ${n} ${n === 1 ? 'rektor' : 'rektorer'} i skolformen ${SCHOOL_FORMS[form].toLowerCase()}: en mindre grupp än ${size.min}, eftersom skolformer inte blandas i en ${type.label.toLowerCase()}.`
          : n > size.max
            ? `${n} rektorer i skolformen ${SCHOOL_FORMS[form].toLowerCase()} går inte att dela i grupper om ${size.min}–${size.max}; de hålls ihop hellre än att någon hamnar i en grupp om två.`
            : undefined;
      groups.push({
        name,
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

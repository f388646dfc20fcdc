/** The directory import's preview: what applying the plan would change, in words the admin reads. */
import { isEmptyPlan, type DirectoryPlan } from '../../domain/directory-changes';
import type { UnitRole } from '../../domain/identity';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { queryAll, type ListStore } from '../ports/list-store';
import { toMembership, toPerson, toUnit } from '../store/records';

export interface PreviewLine {
  displayName: string;
  email?: string;
  units?: string[];
  from?: string[];
  to?: string[];
}

export interface DirectoryPreview {
  fingerprint: string;
  generatedAt: string;
  empty: boolean;
  counts: {
    newUnits: number;
    changedUnits: number;
    closedUnits: number;
    newPeople: number;
    movedPeople: number;
    leftPeople: number;
    addedRoles: number;
    removedRoles: number;
  };
  units: { schoolUnitCode: string; name: string; schoolFormLabel: string; change: string[]; previousName?: string }[];
  newPeople: PreviewLine[];
  moved: PreviewLine[];
  left: PreviewLine[];
  /** Leadership entries that match nobody, and groups that could not be read. */
  warnings: string[];
}

const ROLE_LABEL: Record<UnitRole, string> = { principal: 'rektor', staff: 'personal' };

/** The units, people and roles as stored, in the shape the plan compares against. */
export async function readDirectoryState(store: ListStore) {
  const [units, people, memberships] = await Promise.all([
    queryAll(store, 'units'),
    queryAll(store, 'people'),
    queryAll(store, 'memberships'),
  ]);
  return {
    units: units.map(toUnit).map((u) => ({
      id: u.id,
      schoolUnitCode: u.schoolUnitCode,
      name: u.name,
      schoolForm: u.schoolForm,
      schoolForms: u.schoolForms ?? [u.schoolForm],
      formsByHand: u.schoolFormsByHand === true,
      status: u.status ?? 'open',
    })),
    people: people.map(toPerson).map((p) => ({
      id: p.id,
      objectId: p.aadObjectId,
      email: p.email,
      displayName: p.displayName,
      appRoles: p.appRoles,
      directoryStatus: p.directoryStatus ?? '',
    })),
    memberships: memberships.map((m) => ({ id: m.id, ...toMembership(m) })),
  };
}

export type DirectoryState = Awaited<ReturnType<typeof readDirectoryState>>;

/** What the admin sees before applying: counts, lines per unit and person, and a fingerprint of the plan itself. */
export function describePlan(plan: DirectoryPlan, state: DirectoryState, warnings: string[], now: Date): DirectoryPreview {
  const unitName = new Map<string, string>([
    ...state.units.map((u) => [u.schoolUnitCode, u.name] as const),
    ...plan.units.map((u) => [u.schoolUnitCode, u.name] as const),
  ]);
  const label = (m: { schoolUnitCode: string; role: UnitRole }) =>
    `${unitName.get(m.schoolUnitCode) ?? m.schoolUnitCode} (${ROLE_LABEL[m.role]})`;
  const newPeople = plan.people.filter((p) => p.kind === 'new');
  const left = plan.people.filter((p) => p.kind === 'left');
  const leftIds = new Set(left.map((p) => p.personId));
  const movedIds = new Set(
    [...plan.addMemberships, ...plan.removeMemberships].filter((m) => m.personId && !leftIds.has(m.personId)).map((m) => m.personId!),
  );
  const nameOf = new Map(state.people.map((p) => [p.id, p.displayName]));
  const preview: Omit<DirectoryPreview, 'fingerprint'> = {
    generatedAt: now.toISOString(),
    empty: isEmptyPlan(plan),
    counts: {
      newUnits: plan.units.filter((u) => u.what.includes('new')).length,
      changedUnits: plan.units.filter((u) => !u.what.includes('new')).length,
      closedUnits: plan.units.filter((u) => u.what.includes('closed')).length,
      newPeople: newPeople.length,
      movedPeople: movedIds.size,
      leftPeople: left.length,
      addedRoles: plan.addMemberships.length,
      removedRoles: plan.removeMemberships.length,
    },
    units: plan.units.map((u) => ({
      schoolUnitCode: u.schoolUnitCode,
      name: u.name,
      schoolFormLabel: SCHOOL_FORMS[u.schoolForm],
      change: u.what,
      ...(u.previousName ? { previousName: u.previousName } : {}),
    })),
    newPeople: newPeople.map((p) => ({
      displayName: p.displayName,
      email: p.email,
      units: plan.addMemberships.filter((m) => m.objectId === p.objectId).map(label),
    })),
    moved: [...movedIds].map((id) => ({
      displayName: nameOf.get(id) ?? id,
      from: plan.removeMemberships.filter((m) => m.personId === id).map(label),
      to: plan.addMemberships.filter((m) => m.personId === id).map(label),
    })),
    left: left.map((p) => ({ displayName: p.displayName, email: p.email })),
    warnings,
  };
  // The fingerprint covers the plan itself, so apply refuses anything other than what was shown.
  return { fingerprint: fingerprintOf(JSON.stringify(plan)), ...preview };
}

/** FNV-1a, 64 bits: tells one plan from another (not a secret, so no crypto needed here). */
function fingerprintOf(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return `${hash.toString(16).padStart(16, '0')}-${text.length.toString(16)}`;
}

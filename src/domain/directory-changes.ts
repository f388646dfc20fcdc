/**
 * What a directory import would change, worked out from what the store holds and what Entra ID
 * and Skolenhetsregistret say, before anything is written. Pure: the preview the admin sees and
 * the changes that are applied are the same plan.
 *
 * People are matched by Entra object id (an e-mail only for someone added before their object
 * id was known, e.g. a bootstrap admin); units by Skolverket's unit code. Nothing is deleted: a
 * person who left keeps their item (their name stays on what they wrote) and loses their roles;
 * a closed unit keeps its documents and is marked closed.
 */
import type { AppRole, UnitRole } from './identity';
import type { SchoolForm } from './school-forms';
import { importable, primarySchoolForm, schoolFormsOf, unitStatusOf, type RegisteredUnit, type UnitStatus } from './school-unit-register';

export interface WantedPerson {
  objectId: string;
  displayName: string;
  email: string;
  appRoles: AppRole[];
  memberships: { schoolUnitCode: string; role: UnitRole }[];
}

/** How a person came to be in the store: '' by hand or seed, 'active' from the import, 'left' no longer in any group. */
export type DirectoryStatus = '' | 'active' | 'left';

export interface CurrentPerson {
  id: string;
  objectId: string;
  email: string;
  displayName: string;
  appRoles: AppRole[];
  directoryStatus: DirectoryStatus;
}

export interface CurrentMembership {
  id: string;
  personId: string;
  unitId: string;
  role: UnitRole;
}

export interface CurrentUnit {
  id: string;
  schoolUnitCode: string;
  name: string;
  schoolForm: SchoolForm;
  schoolForms: SchoolForm[];
  /** The admin set the forms by hand (the register is wrong or not used): the import keeps them. */
  formsByHand?: boolean;
  status: UnitStatus;
}

export interface DirectoryState {
  people: CurrentPerson[];
  memberships: CurrentMembership[];
  units: CurrentUnit[];
}

export interface UnitChange {
  schoolUnitCode: string;
  /** Absent for a new unit. */
  unitId?: string;
  name: string;
  schoolForm: SchoolForm;
  schoolForms: SchoolForm[];
  status: UnitStatus;
  /** What changed, for the preview: new, renamed, forms, closed, reopened. */
  what: ('new' | 'renamed' | 'forms' | 'closed' | 'reopened')[];
  previousName?: string;
}

export interface PersonChange {
  objectId: string;
  /** Absent for a new person. */
  personId?: string;
  displayName: string;
  email: string;
  appRoles: AppRole[];
  directoryStatus: DirectoryStatus;
  kind: 'new' | 'updated' | 'left' | 'returned';
}

export interface MembershipChange {
  /** Entra object id, or the person id for someone who left (all their memberships go). */
  objectId: string;
  personId?: string;
  schoolUnitCode: string;
  unitId?: string;
  role: UnitRole;
  /** Present when removing. */
  membershipId?: string;
}

export interface DirectoryPlan {
  units: UnitChange[];
  people: PersonChange[];
  addMemberships: MembershipChange[];
  removeMemberships: MembershipChange[];
}

export interface PlanOptions {
  /** Object ids and e-mails (lower case) of bootstrap admins: they keep the admin role whatever the groups say. */
  bootstrapAdmins?: readonly string[];
}

const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

export function planUnitChanges(current: CurrentUnit[], register: RegisteredUnit[]): UnitChange[] {
  const byCode = new Map(current.filter((u) => u.schoolUnitCode).map((u) => [u.schoolUnitCode, u]));
  const changes: UnitChange[] = [];
  for (const r of register) {
    const forms = schoolFormsOf(r.schoolTypes);
    const primary = primarySchoolForm(forms);
    const status = unitStatusOf(r.status);
    const unit = byCode.get(r.schoolUnitCode);
    if (!unit) {
      // A unit that closed before the app came is not brought in; one already here is kept and marked.
      if (!importable(r) || !primary || status === 'closed') continue;
      changes.push({ schoolUnitCode: r.schoolUnitCode, name: r.name, schoolForm: primary, schoolForms: forms, status, what: ['new'] });
      continue;
    }
    const what: UnitChange['what'] = [];
    if (unit.name !== r.name) what.push('renamed');
    const formsChanged = !unit.formsByHand && forms.length > 0 && !sameSet(unit.schoolForms, forms);
    if (formsChanged) what.push('forms');
    if (unit.status !== status) what.push(status === 'closed' ? 'closed' : 'reopened');
    if (what.length === 0) continue;
    // The admin may have set the grade span (F–3, 7–9…): keep their form unless the forms themselves changed.
    const schoolForm = formsChanged && primary && primarySchoolForm(unit.schoolForms) !== primary ? primary : unit.schoolForm;
    changes.push({
      schoolUnitCode: r.schoolUnitCode,
      unitId: unit.id,
      name: r.name,
      schoolForm,
      schoolForms: formsChanged ? forms : unit.schoolForms,
      status,
      what,
      ...(unit.name !== r.name ? { previousName: unit.name } : {}),
    });
  }
  return changes;
}

export function planDirectoryChanges(
  state: DirectoryState,
  register: RegisteredUnit[],
  wanted: WantedPerson[],
  options: PlanOptions = {},
): DirectoryPlan {
  const units = planUnitChanges(state.units, register);
  const bootstrap = new Set((options.bootstrapAdmins ?? []).map((v) => v.toLowerCase()));
  const isBootstrap = (p: { objectId: string; email: string }) =>
    bootstrap.has(p.objectId.toLowerCase()) || (!!p.email && bootstrap.has(p.email.toLowerCase()));
  const withAdmin = (roles: AppRole[], p: { objectId: string; email: string }): AppRole[] =>
    isBootstrap(p) && !roles.includes('admin') ? [...roles, 'admin'] : roles;

  // Units the import manages memberships for: those the register knows (including ones created now).
  const unitIdByCode = new Map(state.units.filter((u) => u.schoolUnitCode).map((u) => [u.schoolUnitCode, u.id]));
  const managedCodes = new Set(register.map((r) => r.schoolUnitCode));
  const codeByUnitId = new Map(state.units.filter((u) => managedCodes.has(u.schoolUnitCode)).map((u) => [u.id, u.schoolUnitCode]));
  const knownCodes = new Set([...unitIdByCode.keys(), ...units.filter((u) => !u.unitId).map((u) => u.schoolUnitCode)]);

  const byObjectId = new Map(state.people.filter((p) => p.objectId).map((p) => [p.objectId.toLowerCase(), p]));
  const byEmail = new Map(state.people.filter((p) => !p.objectId && p.email).map((p) => [p.email.toLowerCase(), p]));
  const membershipsOf = new Map<string, CurrentMembership[]>();
  for (const m of state.memberships) membershipsOf.set(m.personId, [...(membershipsOf.get(m.personId) ?? []), m]);

  const people: PersonChange[] = [];
  const addMemberships: MembershipChange[] = [];
  const removeMemberships: MembershipChange[] = [];
  const matched = new Set<string>();

  for (const w of wanted) {
    const person = byObjectId.get(w.objectId.toLowerCase()) ?? (w.email ? byEmail.get(w.email.toLowerCase()) : undefined);
    const appRoles = withAdmin(w.appRoles, w);
    if (person) matched.add(person.id);
    if (!person) {
      people.push({ objectId: w.objectId, displayName: w.displayName, email: w.email, appRoles, directoryStatus: 'active', kind: 'new' });
    } else {
      const changed =
        person.objectId !== w.objectId ||
        person.displayName !== w.displayName ||
        person.email.toLowerCase() !== w.email.toLowerCase() ||
        !sameSet(person.appRoles, appRoles) ||
        person.directoryStatus !== 'active';
      if (changed) {
        people.push({
          objectId: w.objectId,
          personId: person.id,
          displayName: w.displayName,
          email: w.email,
          appRoles,
          directoryStatus: 'active',
          kind: person.directoryStatus === 'left' ? 'returned' : 'updated',
        });
      }
    }
    const wantedHere = w.memberships.filter((m) => knownCodes.has(m.schoolUnitCode));
    const existing = person ? (membershipsOf.get(person.id) ?? []).filter((m) => codeByUnitId.has(m.unitId)) : [];
    for (const m of wantedHere) {
      if (existing.some((e) => codeByUnitId.get(e.unitId) === m.schoolUnitCode && e.role === m.role)) continue;
      addMemberships.push({
        objectId: w.objectId,
        personId: person?.id,
        schoolUnitCode: m.schoolUnitCode,
        unitId: unitIdByCode.get(m.schoolUnitCode),
        role: m.role,
      });
    }
    for (const e of existing) {
      const code = codeByUnitId.get(e.unitId)!;
      if (wantedHere.some((m) => m.schoolUnitCode === code && m.role === e.role)) continue;
      removeMemberships.push({
        objectId: w.objectId,
        personId: e.personId,
        schoolUnitCode: code,
        unitId: e.unitId,
        role: e.role,
        membershipId: e.id,
      });
    }
  }

  // People the import brought in who are in no configured group now: they leave, their documents stay.
  for (const p of state.people) {
    if (matched.has(p.id) || p.directoryStatus !== 'active') continue;
    const appRoles = withAdmin([], p);
    people.push({
      objectId: p.objectId,
      personId: p.id,
      displayName: p.displayName,
      email: p.email,
      appRoles,
      directoryStatus: 'left',
      kind: 'left',
    });
    for (const e of membershipsOf.get(p.id) ?? []) {
      removeMemberships.push({
        objectId: p.objectId,
        personId: p.id,
        schoolUnitCode: codeByUnitId.get(e.unitId) ?? '',
        unitId: e.unitId,
        role: e.role,
        membershipId: e.id,
      });
    }
  }
  return { units, people, addMemberships, removeMemberships };
}

export const isEmptyPlan = (plan: DirectoryPlan) =>
  plan.units.length + plan.people.length + plan.addMemberships.length + plan.removeMemberships.length === 0;

/**
 * The directory import: units from Skolenhetsregistret, people and their roles from Entra ID
 * groups (or the app's role assignments), shown as a preview and applied only as previewed.
 * Runs from the admin tab, `npm run import:directory`, and on the year wheel's tick.
 */
import { z } from 'zod';
import { planDirectoryChanges, isEmptyPlan, type DirectoryPlan, type WantedPerson } from '../../domain/directory-changes';
import { DomainError } from '../../domain/errors';
import type { AppRole, UnitRole } from '../../domain/identity';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import type { Clock } from '../ports/clock';
import type { DirectorySource, DirectoryUser, UnitRegister } from '../ports/directory-source';
import { queryAll, type ListStore } from '../ports/list-store';
import { toMembership, toPerson, toUnit } from '../store/records';

const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Ange ett objekt-id (GUID) från Entra ID.');
const unitCode = z.string().regex(/^\d{8}$/, 'En skolenhetskod har åtta siffror.');
const personRef = z.string().trim().min(1).max(254);

export const directoryImportConfigSchema = z.object({
  /** Kommunkod, four digits (Skolenhetsregistret's municipality_code). */
  municipalityCode: z.string().regex(/^\d{4}$/, 'Kommunkoden har fyra siffror, t.ex. 0180.'),
  /** Where organiser, board and admin come from: groups, or the app's role assignments. */
  roleSource: z.enum(['groups', 'appRoles']).default('groups'),
  groups: z.object({ organiser: guid.optional(), board: guid.optional(), admin: guid.optional(), principals: guid.optional() }).default({}),
  appRoles: z
    .object({ servicePrincipalId: guid, roleIds: z.object({ organiser: guid.optional(), board: guid.optional(), admin: guid.optional() }) })
    .optional(),
  /** Per unit: a group of its principals and/or of its staff. */
  units: z
    .array(z.object({ schoolUnitCode: unitCode, principalGroupId: guid.optional(), staffGroupId: guid.optional() }))
    .max(1000)
    .default([]),
  /** Who leads which unit when there is no group per unit: object ids or e-mails, edited in the tab. */
  leadership: z.record(unitCode, z.array(personRef).max(20)).default({}),
  schedule: z.enum(['off', 'daily']).default('daily'),
  /** The scheduled run applies by itself only when this is on; otherwise it leaves a preview. */
  autoApply: z.boolean().default(false),
});
export type DirectoryImportConfig = z.infer<typeof directoryImportConfigSchema>;

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

export interface RunRecord {
  at: string;
  by: string;
  applied: boolean;
  counts: DirectoryPreview['counts'];
  pending?: DirectoryPreview;
}

const CONFIG = 'directoryImport';
const RUN = 'directoryImportRun';
const ROLE_LABEL: Record<UnitRole, string> = { principal: 'rektor', staff: 'personal' };

export class DirectoryImport {
  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
    private readonly sources: { directory?: DirectorySource; register?: UnitRegister },
    private readonly bootstrapAdmins: readonly string[] = [],
  ) {}

  async config(): Promise<DirectoryImportConfig | undefined> {
    const [item] = await queryAll(this.store, 'settings', { name: CONFIG });
    return item && typeof item.fields.value === 'string' ? directoryImportConfigSchema.parse(JSON.parse(item.fields.value)) : undefined;
  }

  async saveConfig(input: unknown, actorId: string): Promise<DirectoryImportConfig> {
    const parsed = directoryImportConfigSchema.safeParse(input);
    if (!parsed.success) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Inställningarna för katalogimporten är ogiltiga: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    await this.put(CONFIG, parsed.data, actorId);
    return parsed.data;
  }

  async lastRun(): Promise<RunRecord | undefined> {
    const [item] = await queryAll(this.store, 'settings', { name: RUN });
    return item && typeof item.fields.value === 'string' ? (JSON.parse(item.fields.value) as RunRecord) : undefined;
  }

  async preview(): Promise<DirectoryPreview> {
    return (await this.compute()).preview;
  }

  /** Applies what the admin saw: if anything changed since that preview, nothing is written and the new preview is returned. */
  async apply(fingerprint: string, actorId: string): Promise<{ preview: DirectoryPreview; applied: true }> {
    const { plan, preview, state } = await this.compute();
    if (preview.fingerprint !== fingerprint) {
      throw new DomainError(
        'DIRECTORY_PREVIEW_STALE',
        'Katalogen har ändrats sedan förhandsgranskningen. Granska ändringarna igen innan du tillämpar dem.',
        { preview },
      );
    }
    await this.write(plan, state, actorId);
    await this.put(
      RUN,
      { at: this.clock.now().toISOString(), by: actorId, applied: true, counts: preview.counts } satisfies RunRecord,
      actorId,
    );
    return { preview, applied: true };
  }

  /** The scheduled re-run: once a day; applies only with autoApply, else leaves the preview for the admin. */
  async runIfDue(now: Date): Promise<RunRecord | undefined> {
    const config = await this.config();
    if (!config || config.schedule === 'off' || !this.sources.directory || !this.sources.register) return undefined;
    const last = await this.lastRun();
    if (last && now.getTime() - Date.parse(last.at) < 23.5 * 3600_000) return undefined;
    const { plan, preview, state } = await this.compute();
    const applied = config.autoApply && !isEmptyPlan(plan);
    if (applied) await this.write(plan, state, 'directory-import');
    const record: RunRecord = {
      at: now.toISOString(),
      by: 'schedule',
      applied,
      counts: preview.counts,
      ...(applied || preview.empty ? {} : { pending: preview }),
    };
    await this.put(RUN, record, 'directory-import');
    return record;
  }

  private async compute() {
    const config = await this.config();
    if (!config)
      throw new DomainError(
        'DIRECTORY_NOT_CONFIGURED',
        'Katalogimporten är inte inställd än: ange kommunkod och grupper under Katalog (appens meny).',
      );
    const { directory, register } = this.sources;
    if (!register)
      throw new DomainError(
        'DIRECTORY_NOT_CONFIGURED',
        'Skolenhetsregistret är inte nåbart härifrån och ingen sparad fil är angiven (SKOLVERKET_FILE).',
      );
    if (!directory)
      throw new DomainError(
        'DIRECTORY_NOT_CONFIGURED',
        'Entra ID nås inte: appen saknar Graph-behörighet (AZURE_TENANT_ID, AZURE_CLIENT_ID och certifikat).',
      );
    const [registerUnits, wanted, state] = await Promise.all([
      register.unitsOf(config.municipalityCode),
      this.wanted(config, directory),
      this.state(),
    ]);
    const plan = planDirectoryChanges(state, registerUnits, wanted.people, { bootstrapAdmins: this.bootstrapAdmins });
    const preview = this.describe(plan, state, wanted.warnings);
    return { plan, preview, state };
  }

  /** Who should be here, with which roles, from the configured groups. */
  private async wanted(config: DirectoryImportConfig, directory: DirectorySource): Promise<{ people: WantedPerson[]; warnings: string[] }> {
    const people = new Map<string, WantedPerson>();
    const warnings: string[] = [];
    const add = (u: DirectoryUser, role?: AppRole, membership?: WantedPerson['memberships'][number]) => {
      const p = people.get(u.objectId) ?? {
        objectId: u.objectId,
        displayName: u.displayName,
        email: u.email,
        appRoles: [],
        memberships: [],
      };
      if (role && !p.appRoles.includes(role)) p.appRoles.push(role);
      if (membership && !p.memberships.some((m) => m.schoolUnitCode === membership.schoolUnitCode && m.role === membership.role))
        p.memberships.push(membership);
      people.set(u.objectId, p);
    };
    const membersOf = new Map<string, Promise<DirectoryUser[]>>();
    const members = (groupId: string) => {
      if (!membersOf.has(groupId)) membersOf.set(groupId, directory.groupMembers(groupId));
      return membersOf.get(groupId)!;
    };

    if (config.roleSource === 'appRoles') {
      if (!config.appRoles)
        throw new DomainError(
          'VALIDATION_FAILED',
          'Ange appens tjänsteobjekt (service principal) och roll-id:n för att läsa roller från rolltilldelningar.',
        );
      const roleOf = new Map(
        Object.entries(config.appRoles.roleIds)
          .filter(([, id]) => id)
          .map(([role, id]) => [id!.toLowerCase(), role as AppRole]),
      );
      for (const a of await directory.appRoleAssignments(config.appRoles.servicePrincipalId)) {
        const role = roleOf.get(a.appRoleId.toLowerCase());
        if (!role) continue;
        // A role given to a group holds for its members; Entra does not expand it for us.
        if (a.principalType === 'Group') for (const u of await members(a.principalId)) add(u, role);
        else if (a.principalType === 'User') {
          const u = await directory.user(a.principalId);
          if (u) add(u, role);
        }
      }
    } else {
      for (const role of ['organiser', 'board', 'admin'] as const) {
        const groupId = config.groups[role];
        if (groupId) for (const u of await members(groupId)) add(u, role);
      }
    }
    for (const unit of config.units) {
      if (unit.principalGroupId)
        for (const u of await members(unit.principalGroupId)) add(u, undefined, { schoolUnitCode: unit.schoolUnitCode, role: 'principal' });
      if (unit.staffGroupId)
        for (const u of await members(unit.staffGroupId)) add(u, undefined, { schoolUnitCode: unit.schoolUnitCode, role: 'staff' });
    }
    // The leadership mapping names principals by object id or e-mail, among the principals' group.
    const principals = config.groups.principals ? await members(config.groups.principals) : [];
    const known = [
      ...principals,
      ...[...people.values()].map((p) => ({ objectId: p.objectId, displayName: p.displayName, email: p.email })),
    ];
    for (const [code, refs] of Object.entries(config.leadership)) {
      for (const ref of refs) {
        const key = ref.toLowerCase();
        const u =
          known.find((k) => k.objectId.toLowerCase() === key || k.email === key) ??
          (guid.safeParse(ref).success ? await directory.user(ref) : undefined);
        if (u) add(u, undefined, { schoolUnitCode: code, role: 'principal' });
        else warnings.push(`${ref} (rektor för ${code}) finns inte i Entra ID eller i rektorsgruppen.`);
      }
    }
    return { people: [...people.values()].sort((a, b) => a.objectId.localeCompare(b.objectId)), warnings };
  }

  private async state() {
    const [units, people, memberships] = await Promise.all([
      queryAll(this.store, 'units'),
      queryAll(this.store, 'people'),
      queryAll(this.store, 'memberships'),
    ]);
    return {
      units: units.map(toUnit).map((u) => ({
        id: u.id,
        schoolUnitCode: u.schoolUnitCode,
        name: u.name,
        schoolForm: u.schoolForm,
        schoolForms: u.schoolForms ?? [u.schoolForm],
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

  private describe(plan: DirectoryPlan, state: Awaited<ReturnType<DirectoryImport['state']>>, warnings: string[]): DirectoryPreview {
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
      generatedAt: this.clock.now().toISOString(),
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

  private async write(plan: DirectoryPlan, state: Awaited<ReturnType<DirectoryImport['state']>>, actorId: string) {
    const unitIds = new Map(state.units.filter((u) => u.schoolUnitCode).map((u) => [u.schoolUnitCode, u.id]));
    for (const u of plan.units) {
      const fields = {
        name: u.name,
        schoolForm: u.schoolForm,
        schoolForms: JSON.stringify(u.schoolForms),
        status: u.status === 'closed' ? 'closed' : '',
        schoolUnitCode: u.schoolUnitCode,
        modifiedById: actorId,
      };
      if (u.unitId) await this.store.update('units', u.unitId, fields);
      else
        unitIds.set(
          u.schoolUnitCode,
          (await this.store.create('units', { ...fields, koladaId: '' }, { key: `unit:code:${u.schoolUnitCode}` })).id,
        );
    }
    const personIds = new Map(state.people.filter((p) => p.objectId).map((p) => [p.objectId, p.id]));
    for (const p of plan.people) {
      const fields = {
        displayName: p.displayName,
        email: p.email.toLowerCase(),
        aadObjectId: p.objectId,
        appRoles: JSON.stringify(p.appRoles),
        directoryStatus: p.directoryStatus,
        modifiedById: actorId,
      };
      if (p.personId) await this.store.update('people', p.personId, fields);
      else personIds.set(p.objectId, (await this.store.create('people', fields, { key: `person:oid:${p.objectId}` })).id);
      if (p.personId) personIds.set(p.objectId, p.personId);
    }
    for (const m of plan.removeMemberships) if (m.membershipId) await this.store.delete('memberships', m.membershipId);
    for (const m of plan.addMemberships) {
      const personId = m.personId ?? personIds.get(m.objectId);
      const unitId = m.unitId ?? unitIds.get(m.schoolUnitCode);
      if (!personId || !unitId) continue;
      await this.store.create(
        'memberships',
        { unitId, personId, role: m.role, modifiedById: actorId },
        { key: `membership:${unitId}:${personId}:${m.role}:${this.clock.now().getTime()}` },
      );
    }
  }

  private async put(name: string, value: unknown, actorId: string) {
    const text = JSON.stringify(value);
    const [item] = await queryAll(this.store, 'settings', { name });
    if (item) await this.store.update('settings', item.id, { value: text, modifiedById: actorId });
    else await this.store.create('settings', { name, value: text, modifiedById: actorId }, { key: `settings:${name}` });
  }
}

/** FNV-1a, 64 bits: tells one plan from another (not a secret, so no crypto needed here). */
function fingerprintOf(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return `${hash.toString(16).padStart(16, '0')}-${text.length.toString(16)}`;
}

/**
 * The directory import: units from Skolenhetsregistret, people and their roles from Entra ID
 * groups (or the app's role assignments), shown as a preview and applied only as previewed.
 * Runs from the admin tab, `npm run import:directory`, and on the year wheel's tick.
 */
import { planDirectoryChanges, isEmptyPlan, type DirectoryPlan } from '../../domain/directory-changes';
import { DomainError } from '../../domain/errors';
import type { Clock } from '../ports/clock';
import type { DirectorySource, UnitRegister } from '../ports/directory-source';
import { queryAll, type ListStore } from '../ports/list-store';
import { directoryImportConfigSchema, type DirectoryImportConfig } from './directory-import-config';
import { describePlan, readDirectoryState, type DirectoryPreview, type DirectoryState } from './directory-preview';
import { wantedPeople } from './directory-wanted';

export interface RunRecord {
  at: string;
  by: string;
  applied: boolean;
  counts: DirectoryPreview['counts'];
  pending?: DirectoryPreview;
}

const CONFIG = 'directoryImport';
const RUN = 'directoryImportRun';

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
      wantedPeople(config, directory),
      readDirectoryState(this.store),
    ]);
    const plan = planDirectoryChanges(state, registerUnits, wanted.people, { bootstrapAdmins: this.bootstrapAdmins });
    const preview = describePlan(plan, state, wanted.warnings, this.clock.now());
    return { plan, preview, state };
  }

  private async write(plan: DirectoryPlan, state: DirectoryState, actorId: string) {
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

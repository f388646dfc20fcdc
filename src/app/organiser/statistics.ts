import { canReadUnit, isOrganiser } from '../../domain/access';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { KPI_CATALOGUE, trend, type KeyFigure } from '../../domain/key-figures';
import { readFigures, suggestMapping, type ColumnMapping, type ParsedFigure } from '../../domain/table-import';
import type { Directory } from '../directory/directory';
import { koladaFigures } from './kolada-format';
import type { KeyFigureSource } from '../ports/key-figure-source';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { TableReader } from '../ports/table-reader';
import type { SchoolUnit } from '../store/records';

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

const NATIONAL = '0000';

const toFigure = (i: ListItem): KeyFigure => ({
  unitId: String(i.fields.unitId),
  kpiId: String(i.fields.kpiId),
  year: Number(i.fields.year),
  value: Number(i.fields.value),
  source: i.fields.source === 'kolada' ? 'kolada' : 'import',
});

/** Key figures per unit and year: from Kolada, or from the municipality's own statistics tool. */
export class StatisticsService {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly tables: TableReader,
    private readonly source: KeyFigureSource | undefined,
    private readonly municipalityId: string,
  ) {}

  async all(): Promise<{
    figures: KeyFigure[];
    comparisons: { kpiId: string; year: number; scope: 'municipality' | 'national'; value: number }[];
  }> {
    const [figures, comparisons] = await this.store.queryMany([{ list: 'keyFigures' }, { list: 'kpiComparisons' }]);
    return {
      figures: figures.map(toFigure),
      comparisons: comparisons.map((c) => ({
        kpiId: String(c.fields.kpiId),
        year: Number(c.fields.year),
        scope: c.fields.scope === 'national' ? 'national' : 'municipality',
        value: Number(c.fields.value),
      })),
    };
  }

  /** A unit's figures with a three-year trend and the comparisons; a KPI without data says so. */
  async forUnit(actor: Actor, unitId: string) {
    if (!canReadUnit(actor, unitId)) throw forbidden();
    const unit = await this.directory.unit(unitId);
    const { figures, comparisons } = await this.all();
    return KPI_CATALOGUE.filter((k) => k.schoolForms.includes(unit.schoolForm)).map((kpi) => {
      const values = figures.filter((f) => f.unitId === unitId && f.kpiId === kpi.id).map((f) => ({ year: f.year, value: f.value }));
      const latest = values.sort((a, b) => a.year - b.year).at(-1);
      const compare = (scope: 'municipality' | 'national') =>
        comparisons.find((c) => c.kpiId === kpi.id && c.scope === scope && c.year === latest?.year)?.value ?? null;
      return {
        kpi,
        hasData: values.length > 0,
        ...trend(values, kpi.higherIsBetter),
        latest: latest ?? null,
        municipality: latest ? compare('municipality') : null,
        national: latest ? compare('national') : null,
      };
    });
  }

  async preview(actor: Actor, fileName: string, bytes: Buffer) {
    this.assertOrganiser(actor);
    const { columns, rows } = await this.tables.read(fileName, bytes);
    return {
      columns,
      rowCount: rows.length,
      sample: rows.slice(0, 10),
      suggested: suggestMapping(columns),
      kpis: KPI_CATALOGUE.map((k) => ({ id: k.id, label: k.label })),
    };
  }

  /** All or nothing: every row is checked first; one bad line and nothing is written. */
  async importTable(actor: Actor, fileName: string, bytes: Buffer, mapping: ColumnMapping): Promise<ImportResult> {
    this.assertOrganiser(actor);
    const { columns, rows } = await this.tables.read(fileName, bytes);
    const units = await this.directory.allUnits();
    const { figures, problems } = readFigures(rows, columns, mapping, unitMatcher(units, mapping.unitMatch));
    if (problems.length) {
      const shown = problems.slice(0, 50);
      const lines = new Set(problems.map((p) => p.line)).size;
      throw new DomainError(
        'IMPORT_INVALID',
        `Inget importerades: ${lines} ${lines === 1 ? 'rad har' : 'rader har'} fel. Rätta filen och försök igen.`,
        { problems: shown, more: problems.length - shown.length },
      );
    }
    if (figures.length === 0) throw new DomainError('IMPORT_INVALID', 'Filen innehåller inga värden att importera.', { problems: [] });
    return this.upsert(actor, figures, 'import');
  }

  /** A Kolada answer saved to a file (or fetched): unit rows by Kolada id, municipality rows as comparisons. */
  async importKolada(actor: Actor, json: unknown): Promise<ImportResult & { skippedUnits: string[] }> {
    this.assertOrganiser(actor);
    let rows;
    try {
      rows = koladaFigures(json);
    } catch {
      throw new DomainError('IMPORT_UNREADABLE', 'Filen är inte ett svar från Koladas API (v2).');
    }
    const units = await this.directory.allUnits();
    const byKolada = new Map(units.filter((u) => u.koladaId).map((u) => [u.koladaId, u.id]));
    const known = rows.filter((r) => KPI_CATALOGUE.some((k) => k.id === r.kpi));
    const unitRows = known.filter((r) => r.ou);
    const skippedUnits = [...new Set(unitRows.filter((r) => !byKolada.has(r.ou!)).map((r) => r.ou!))];
    const figures: ParsedFigure[] = unitRows
      .filter((r) => byKolada.has(r.ou!))
      .map((r) => ({ unitId: byKolada.get(r.ou!)!, kpiId: r.kpi, year: r.year, value: r.value }));
    const result = figures.length ? await this.upsert(actor, figures, 'kolada') : { created: 0, updated: 0, unchanged: 0 };
    await this.upsertComparisons(
      actor,
      known.filter((r) => r.municipality),
    );
    return { ...result, skippedUnits };
  }

  /** Production: asks Kolada for the catalogue's figures for every unit with a Kolada id, and the comparisons. */
  async fetchFromKolada(actor: Actor, years: number[]) {
    this.assertOrganiser(actor);
    if (!this.source)
      throw new DomainError(
        'IMPORT_UNREADABLE',
        'Hämtning från Kolada är inte konfigurerad här. Importera en sparad Kolada-fil i stället.',
      );
    const units = (await this.directory.allUnits()).filter((u) => u.koladaId);
    const kpis = KPI_CATALOGUE.map((k) => k.id);
    const [unitJson, muniJson] = await Promise.all([
      this.source.unitFigures(
        kpis,
        units.map((u) => u.koladaId),
        years,
      ),
      this.source.municipalityFigures(kpis, [this.municipalityId, NATIONAL].filter(Boolean), years),
    ]);
    const a = await this.importKolada(actor, unitJson);
    const b = await this.importKolada(actor, muniJson);
    return {
      created: a.created + b.created,
      updated: a.updated + b.updated,
      unchanged: a.unchanged + b.unchanged,
      skippedUnits: a.skippedUnits,
    };
  }

  private async upsert(actor: Actor, figures: ParsedFigure[], source: 'kolada' | 'import'): Promise<ImportResult> {
    const existing = new Map(
      (await queryAll(this.store, 'keyFigures')).map((i) => [`${i.fields.unitId}|${i.fields.kpiId}|${i.fields.year}`, i]),
    );
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
    const fresh: { fields: Record<string, string | number>; key: string }[] = [];
    for (const f of figures) {
      const key = `${f.unitId}|${f.kpiId}|${f.year}`;
      const item = existing.get(key);
      if (!item) {
        fresh.push({
          key: `kf:${key}`,
          fields: { unitId: f.unitId, kpiId: f.kpiId, year: f.year, value: f.value, source, modifiedById: actor.userId },
        });
        result.created += 1;
      } else if (item.fields.value !== f.value) {
        await this.store.update('keyFigures', item.id, { value: f.value, source, modifiedById: actor.userId });
        result.updated += 1;
      } else result.unchanged += 1;
    }
    if (fresh.length) await this.store.createMany('keyFigures', fresh);
    return result;
  }

  private async upsertComparisons(actor: Actor, rows: { kpi: string; year: number; municipality?: string; value: number }[]) {
    const existing = await queryAll(this.store, 'kpiComparisons');
    for (const r of rows) {
      const scope = r.municipality === NATIONAL ? 'national' : 'municipality';
      const item = existing.find((e) => e.fields.kpiId === r.kpi && Number(e.fields.year) === r.year && e.fields.scope === scope);
      if (item) await this.store.update('kpiComparisons', item.id, { value: r.value, modifiedById: actor.userId });
      else
        await this.store.create(
          'kpiComparisons',
          { kpiId: r.kpi, year: r.year, scope, value: r.value, modifiedById: actor.userId },
          { key: `cmp:${r.kpi}|${r.year}|${scope}` },
        );
    }
  }

  private assertOrganiser(actor: Actor) {
    if (!isOrganiser(actor)) throw forbidden('Statistik importeras av huvudmannanivån.');
  }
}

function unitMatcher(units: SchoolUnit[], by: ColumnMapping['unitMatch']) {
  const norm = (s: string) => s.trim().toLowerCase();
  const map = new Map(units.map((u) => [norm(by === 'name' ? u.name : by === 'koladaId' ? u.koladaId : u.schoolUnitCode), u.id]));
  return (value: string) => map.get(norm(value));
}

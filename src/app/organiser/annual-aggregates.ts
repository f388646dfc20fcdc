import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { KPI_CATALOGUE } from '../../domain/key-figures';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../domain/plan';
import { analysisSections, type GeneratedSource, type ListEntry } from '../../domain/report';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { swedishNumber } from '../../domain/page';
import { SURVEY_AREAS, type SurveyArea } from '../../domain/survey';
import type { Directory } from '../directory/directory';
import type { ListStore } from '../ports/list-store';
import type { StatisticsService } from './statistics';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyService } from '../survey/surveys';
import type { Settings } from '../config/settings';

/** A generated section: a table people read in the tab, the Word file and the intranet page alike. */
export interface GeneratedTable {
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
}

const statusLabel = (v: unknown) => DOCUMENT_STATUS_LABELS[(DOCUMENT_STATUSES.find((s) => s === v) ?? 'draft') as DocumentStatus];
const excerpt = (text: unknown, max = 300) => {
  const s = typeof text === 'string' ? JSON.parse(text) : '';
  return typeof s === 'string' && s.length > max ? `${s.slice(0, max - 1)}…` : (s as string) || '–';
};

/** What the organiser's annual follow-up builds on: every unit's documents and results for a school year. */
export class AnnualAggregates {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly surveys: SurveyService,
    private readonly surveyResults: SurveyResults,
    private readonly statistics: StatisticsService,
    private readonly settings: Settings,
  ) {}

  async forYear(year: string): Promise<Record<GeneratedSource, GeneratedTable>> {
    const where = { schoolYear: year };
    const [[plans, allReports, sections], units, rounds, stats, config] = await Promise.all([
      this.store.queryMany([
        { list: 'plans', where },
        { list: 'reports', where },
        { list: 'reportSections', where },
      ]),
      this.directory.allUnits(),
      this.surveys.rounds(year),
      this.statistics.all(),
      this.settings.processConfig(),
    ]);
    const results = await Promise.all(rounds.filter((r) => r.status !== 'planned').map((r) => this.surveyResults.forRound(r)));
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    // The organiser's own follow-up is stored beside the units' reports: it is not a unit.
    const reports = allReports.filter((r) => unitName.has(String(r.fields.unitId)));
    const sectionOf = (unitId: string, key: string) =>
      sections.find((s) => s.fields.docKey === `report|${unitId}|${year}` && s.fields.sectionKey === key);
    // Only final content is summed up: a draft or a report still in dialogue may change. The
    // tables say which units they lack instead.
    const finalReports = reports.filter((r) => r.fields.status === 'final');
    const lacking = units.filter((u) => !finalReports.some((r) => r.fields.unitId === u.id)).map((u) => u.name);
    const lackingNote = lacking.length
      ? ` Saknas för ${lacking.length} av ${units.length} enheter (ingen fastställd läsårsrapport): ${lacking.join(', ')}.`
      : '';

    const unitDocuments: GeneratedTable = {
      columns: ['Enhet', 'Skolform', 'Åtagandeplan', 'Läsårsrapport'],
      rows: units.map((u) => [
        u.name,
        SCHOOL_FORMS[u.schoolForm],
        plans.some((p) => p.fields.unitId === u.id)
          ? statusLabel(plans.find((p) => p.fields.unitId === u.id)!.fields.status)
          : 'Inte påbörjad',
        reports.some((r) => r.fields.unitId === u.id)
          ? statusLabel(reports.find((r) => r.fields.unitId === u.id)!.fields.status)
          : 'Inte påbörjad',
      ]),
    };

    const areas = Object.entries(SURVEY_AREAS) as [SurveyArea, string][];
    const tldRows: GeneratedTable['rows'] = [];
    let minAnswers = 10;
    for (const r of results) {
      minAnswers = r.minAnswers;
      for (const f of r.schoolForms)
        tldRows.push([r.round.label, f.label, f.answers, ...areas.map(([a]) => (f.shown ? (f.index?.[a] ?? null) : null))]);
      for (const t of r.totals)
        tldRows.push([r.round.label, t.label, t.answers, ...areas.map(([a]) => (t.shown ? (t.index?.[a] ?? null) : null))]);
    }
    const tldResults: GeneratedTable = {
      columns: ['Mätning', 'Grupp', 'Svar', ...areas.map(([, label]) => `${label} (index)`)],
      rows: tldRows,
      note: `Index = genomsnittlig andel positiva svar (0–100). Inga siffror visas för grupper med färre än ${minAnswers} svar.`,
    };

    const latest = (unitId: string, kpiId: string) =>
      stats.figures.filter((f) => f.unitId === unitId && f.kpiId === kpiId).sort((a, b) => b.year - a.year)[0];
    const keyRows: GeneratedTable['rows'] = [];
    for (const u of units) {
      for (const kpi of KPI_CATALOGUE.filter((k) => k.schoolForms.includes(u.schoolForm))) {
        const f = latest(u.id, kpi.id);
        if (!f) continue;
        const cmp = (scope: 'municipality' | 'national') =>
          stats.comparisons.find((c) => c.kpiId === kpi.id && c.year === f.year && c.scope === scope)?.value ?? null;
        keyRows.push([u.name, kpi.label, f.year, f.value, cmp('municipality'), cmp('national')]);
      }
    }
    const keyFigures: GeneratedTable = {
      columns: ['Enhet', 'Nyckeltal', 'År', 'Värde', 'Kommunen', 'Riket'],
      rows: keyRows,
      note: keyRows.length ? undefined : 'Inga nyckeltal är importerade ännu.',
    };

    // The units' analysis fields, whatever the units' document calls them (its required text sections).
    const analysis = analysisSections(config.reportDefinition);
    const unitAnalyses: GeneratedTable = {
      columns: ['Enhet', ...analysis.map((a) => a.label)],
      rows: finalReports.map((r) => {
        const unitId = String(r.fields.unitId);
        return [unitName.get(unitId) ?? unitId, ...analysis.map((a) => excerpt(sectionOf(unitId, a.key)?.fields.value))];
      }),
      note: `Från fastställda läsårsrapporter.${lackingNote}`,
    };

    // Goal areas by their labels ('kunskaper' → 'Kunskaper'): people read the table, not the keys.
    const areaLabel = new Map(
      Object.values(config.goalAreas)
        .flat()
        .map((g) => [g.key, g.label]),
    );
    const needRows: GeneratedTable['rows'] = [];
    for (const r of finalReports) {
      const unitId = String(r.fields.unitId);
      const item = sectionOf(unitId, 'developmentNeeds');
      const needs = item ? (JSON.parse(String(item.fields.value)) as ListEntry[]) : [];
      for (const n of needs.filter((x) => x.text.trim()))
        needRows.push([unitName.get(unitId) ?? unitId, n.text, n.goalAreaKey ? (areaLabel.get(n.goalAreaKey) ?? n.goalAreaKey) : '']);
    }
    const developmentNeeds: GeneratedTable = {
      columns: ['Enhet', 'Utvecklingsbehov', 'Målområde'],
      rows: needRows,
      note: `Från fastställda läsårsrapporter.${lackingNote}`,
    };

    const equityRows: GeneratedTable['rows'] = [];
    const last = results.at(-1);
    if (last) {
      for (const [a, label] of areas) {
        const values = last.units
          .filter((u) => u.shown && typeof u.index?.[a] === 'number')
          .map((u) => ({ name: u.unitName, v: u.index![a] as number }));
        if (values.length < 2) continue;
        values.sort((x, y) => x.v - y.v);
        equityRows.push([
          `${label} (${last.round.label})`,
          `${swedishNumber(values[0].v)} (${values[0].name})`,
          `${swedishNumber(values.at(-1)!.v)} (${values.at(-1)!.name})`,
          Math.round((values.at(-1)!.v - values[0].v) * 10) / 10,
          values.length,
        ]);
      }
    }
    for (const kpi of KPI_CATALOGUE) {
      const values = units.map((u) => ({ name: u.name, f: latest(u.id, kpi.id) })).filter((x) => x.f);
      if (values.length < 2) continue;
      values.sort((x, y) => x.f!.value - y.f!.value);
      equityRows.push([
        kpi.label,
        `${swedishNumber(values[0].f!.value)} (${values[0].name})`,
        `${swedishNumber(values.at(-1)!.f!.value)} (${values.at(-1)!.name})`,
        Math.round((values.at(-1)!.f!.value - values[0].f!.value) * 10) / 10,
        values.length,
      ]);
    }
    const equity: GeneratedTable = {
      columns: ['Område', 'Lägst', 'Högst', 'Skillnad', 'Enheter'],
      rows: equityRows,
      note: equityRows.length ? undefined : 'Jämförelsen kräver resultat från minst två enheter.',
    };

    return { unitDocuments, tldResults, keyFigures, unitAnalyses, developmentNeeds, equity };
  }
}

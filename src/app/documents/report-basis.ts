import { canEditUnitDocuments } from '../../domain/access';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { KPI_CATALOGUE } from '../../domain/key-figures';
import { hasBasis, keyFigureBasis, tldBasis, withBasis, type BasisFigure, type BasisPart } from '../../domain/report-basis';
import type { BasisSource, SectionDefinition } from '../../domain/report-definition';
import { parseSchoolYear, startYear } from '../../domain/school-year';
import type { StatisticsService } from '../organiser/statistics';
import type { Clock } from '../ports/clock';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyService } from '../survey/surveys';
import type { ReportDocument, ReportService } from './reports';
import { definiteName } from '../../domain/document-names';

type BasisSection = Extract<SectionDefinition, { kind: 'text' }> & { basis: BasisSource };

export interface ReportBasisSection extends BasisPart {
  sectionKey: string;
  label: string;
  filled: boolean;
}

/**
 * "Hämta från TLD och nyckeltal": the report's sections marked as basis in its own definition
 * (whatever the preset calls them) get the unit's TLD results and key figures for the year, in one
 * write through the report's own path (If-Match, one atomic commit, a version).
 */
export class ReportBasisService {
  constructor(
    private readonly reports: ReportService,
    private readonly surveys: SurveyService,
    private readonly surveyResults: SurveyResults,
    private readonly statistics: StatisticsService,
    private readonly clock: Clock,
  ) {}

  async preview(
    actor: Actor,
    unitId: string,
    schoolYear: string,
  ): Promise<{ schoolYear: string; etag: string; sections: ReportBasisSection[] }> {
    const doc = await this.report(actor, unitId, schoolYear);
    return { schoolYear: doc.report.schoolYear, etag: doc.etag, sections: await this.sections(actor, doc) };
  }

  /** Writes the generated part of every basis section; what the principal wrote outside it stays. */
  async fill(actor: Actor, unitId: string, schoolYear: string, ifMatch: string | undefined): Promise<ReportDocument> {
    if (!ifMatch)
      throw new DomainError('PRECONDITION_REQUIRED', 'Ändringen saknar versionsuppgift (If-Match). Ladda om rapporten och försök igen.');
    const doc = await this.report(actor, unitId, schoolYear);
    const sections = await this.sections(actor, doc);
    if (!sections.length)
      throw new DomainError(
        'REPORT_UNKNOWN_SECTION',
        `${definiteName(doc.definition.label).The} har inga avsnitt som hämtas från TLD och nyckeltal.`,
      );
    const today = this.clock.today();
    const updates = sections.map((s) => ({ sectionKey: s.sectionKey, value: withBasis(textOf(doc, s.sectionKey), s, today) }));
    // The report's own write: a stale If-Match answers 409 with the current report, a final one 422.
    return this.reports.write(actor, unitId, schoolYear, ifMatch, updates);
  }

  private async report(actor: Actor, unitId: string, schoolYear: string): Promise<ReportDocument> {
    if (!canEditUnitDocuments(actor, unitId))
      throw forbidden(`Bara enhetens rektor kan hämta underlag till ${(await this.reports.name()).the}.`);
    return this.reports.started(actor, unitId, parseSchoolYear(schoolYear));
  }

  private async sections(actor: Actor, doc: ReportDocument): Promise<ReportBasisSection[]> {
    const targets = doc.definition.sections.filter((s): s is BasisSection => s.kind === 'text' && !!s.basis);
    if (!targets.length) return [];
    const needs = new Set(targets.map((t) => t.basis));
    const [tld, figures] = await Promise.all([
      needs.has('tldResults') ? this.tld(actor, doc) : undefined,
      needs.has('keyFigures') ? this.figures(doc) : undefined,
    ]);
    return targets.map((t) => ({
      sectionKey: t.key,
      label: t.label,
      filled: hasBasis(textOf(doc, t.key)),
      ...(t.basis === 'tldResults' ? tld! : figures!),
    }));
  }

  /** The unit's results for the year's rounds, exactly as the results view publishes them (threshold and subtraction protection included). */
  private async tld(actor: Actor, doc: ReportDocument): Promise<BasisPart> {
    const [{ rounds }, config] = await Promise.all([this.surveyResults.forUnit(actor, doc.unit.id), this.surveys.config()]);
    const year = doc.report.schoolYear;
    return tldBasis(
      rounds
        .filter((r) => r.round.schoolYear === year && r.round.respondents === 'children')
        .map((r) => ({ ...r.round, unit: r.unit, schoolForm: r.schoolForm })),
      config.minAnswers,
    );
  }

  /**
   * The year's key figures: a school year 2025/26 is Kolada's 2026 where that exists, else 2025
   * (Kolada publishes a year's figures the spring after, so a report written in June has 2025).
   */
  private async figures(doc: ReportDocument): Promise<BasisPart> {
    const { figures, comparisons } = await this.statistics.all();
    const first = startYear(doc.report.schoolYear);
    const out: BasisFigure[] = [];
    for (const kpi of KPI_CATALOGUE.filter((k) => k.schoolForms.includes(doc.unit.schoolForm))) {
      const mine = figures.filter((f) => f.unitId === doc.unit.id && f.kpiId === kpi.id && (f.year === first || f.year === first + 1));
      const f = mine.sort((a, b) => b.year - a.year)[0];
      if (!f) continue;
      const cmp = (scope: 'municipality' | 'national') =>
        comparisons.find((c) => c.kpiId === kpi.id && c.year === f.year && c.scope === scope)?.value ?? null;
      out.push({
        label: kpi.label,
        unit: kpi.unit,
        year: f.year,
        value: f.value,
        municipality: cmp('municipality'),
        national: cmp('national'),
      });
    }
    return keyFigureBasis(out);
  }
}

const textOf = (doc: ReportDocument, key: string) => {
  const v = doc.report.content[key];
  return typeof v === 'string' ? v : '';
};

import { DomainError } from './errors';
import type { CommitmentPlan } from './plan';
import type { DocumentStatus } from './document-status';
import type { ListEntry, ReportContent, ReportDefinition, SectionDefinition } from './report-definition';
import { ANNUAL_FOLLOW_UP_2024, YEAR_REPORT_2024 } from './presets/guideline-2024';
export {
  GENERATED_SOURCES,
  type GeneratedSource,
  type ListEntry,
  type ReportContent,
  type ReportDefinition,
  type SectionDefinition,
  type SectionField,
} from './report-definition';
export { ANNUAL_FOLLOW_UP_2024, YEAR_REPORT_2024 } from './presets/guideline-2024';
import type { SchoolYear } from './school-year';

export interface YearReport {
  id: string;
  unitId: string;
  schoolYear: SchoolYear;
  type: string;
  status: DocumentStatus;
  content: ReportContent;
}

export function sectionOf(definition: ReportDefinition, key: string): SectionDefinition {
  const section = definition.sections.find((s) => s.key === key);
  if (!section) throw new DomainError('REPORT_UNKNOWN_SECTION', `Avsnittet "${key}" finns inte i ${definition.label.toLowerCase()}en.`);
  return section;
}

/** Required sections still empty, by their labels, so the tab can say which. */
export function missingRequired(definition: ReportDefinition, content: ReportContent): string[] {
  return definition.sections
    .filter((s) => (s.kind === 'text' || s.kind === 'list') && s.required)
    .filter((s) => {
      const value = content[s.key];
      if (s.kind === 'list') return !Array.isArray(value) || value.every((e) => !e.text.trim());
      return typeof value !== 'string' || value.trim() === '';
    })
    .map((s) => s.label);
}

export function assertCompleteForDialogue(definition: ReportDefinition, content: ReportContent): void {
  const missing = missingRequired(definition, content);
  if (missing.length > 0) {
    throw new DomainError(
      'REPORT_INCOMPLETE',
      `${definition.label}en kan inte markeras som klar förrän analysen är skriven. Fyll i: ${missing.join(', ')}.`,
      { missing },
    );
  }
}

/** The commitments a report follows up, in the plan's order, with the goal area they belong to. */
export function commitmentsToFollowUp(plan: CommitmentPlan | undefined) {
  return (plan?.goalAreas ?? []).flatMap((area) => area.commitments.map((c) => ({ goalArea: area, commitment: c })));
}

/** Validates a value written to a section (and, for perCommitment sections, to which commitment and field). */
export function checkSectionValue(
  definition: ReportDefinition,
  plan: CommitmentPlan | undefined,
  update: { sectionKey: string; commitmentId?: string; fieldKey?: string; value: string | ListEntry[] },
): SectionDefinition {
  const section = sectionOf(definition, update.sectionKey);
  if (section.kind === 'generated') {
    throw new DomainError('REPORT_UNKNOWN_SECTION', `${section.label} skrivs av appen från enheternas underlag och kan inte ändras här.`);
  }
  if (section.kind === 'perCommitment') {
    if (!update.commitmentId || !commitmentsToFollowUp(plan).some((x) => x.commitment.id === update.commitmentId)) {
      throw new DomainError('REPORT_UNKNOWN_SECTION', 'Åtagandet finns inte i läsårets åtagandeplan.');
    }
    if (!section.fields.some((f) => f.key === update.fieldKey)) {
      throw new DomainError('REPORT_UNKNOWN_SECTION', `Fältet "${update.fieldKey ?? ''}" finns inte i avsnittet ${section.label}.`);
    }
    if (typeof update.value !== 'string') throw new DomainError('VALIDATION_FAILED', `${section.label} ska vara text.`);
  } else if (section.kind === 'list') {
    if (!Array.isArray(update.value)) throw new DomainError('VALIDATION_FAILED', `${section.label} ska vara en lista.`);
  } else if (typeof update.value !== 'string') {
    throw new DomainError('VALIDATION_FAILED', `${section.label} ska vara text.`);
  }
  return section;
}

/** Every definition the product knows, by type: a document keeps its type when the configuration changes. */
export function definitionFor(type: string, configured: ReportDefinition[], known: ReportDefinition[] = []): ReportDefinition | undefined {
  return configured.find((d) => d.type === type) ?? [YEAR_REPORT_2024, ANNUAL_FOLLOW_UP_2024, ...known].find((d) => d.type === type);
}

/** The fields where a unit analyses causes: the required text sections of its document. */
export const analysisSections = (definition: ReportDefinition) =>
  definition.sections.filter((s): s is Extract<SectionDefinition, { kind: 'text' }> => s.kind === 'text' && s.required === true);

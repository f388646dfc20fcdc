import { DomainError } from './errors';
import type { CommitmentPlan, DocumentStatus } from './plan';
import type { SchoolYear } from './school-year';

/** A field people write in a section. */
export interface SectionField {
  key: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/**
 * Sections of a report, defined as data so other municipalities' documents are configuration:
 * - text: one text field;
 * - perCommitment: one set of fields for each commitment of the plan the report is built from;
 * - list: short items (e.g. development needs), each optionally tied to a goal area.
 */
export type SectionDefinition =
  | { key: string; kind: 'text'; label: string; hint?: string; required?: boolean; group?: string }
  | { key: string; kind: 'perCommitment'; label: string; hint?: string; fields: SectionField[]; group?: string }
  | { key: string; kind: 'list'; label: string; hint?: string; required?: boolean; itemLabel: string; group?: string }
  | { key: string; kind: 'generated'; label: string; hint?: string; source: GeneratedSource; group?: string };

/** Sections the app writes from the units' documents and results, not typed by anyone. */
export const GENERATED_SOURCES = ['unitDocuments', 'tldResults', 'keyFigures', 'unitAnalyses', 'developmentNeeds', 'equity'] as const;
export type GeneratedSource = (typeof GENERATED_SOURCES)[number];

export interface ReportDefinition {
  type: string;
  label: string;
  /**
   * What the document is built from: a unit's report from the same year's plan (its commitments);
   * the organiser's follow-up from all units' documents and results.
   */
  builtFrom: 'commitmentPlan' | 'unitDocuments';
  groups: { key: string; label: string; hint?: string }[];
  sections: SectionDefinition[];
}

export interface ListEntry {
  text: string;
  goalAreaKey?: string;
}

/** What people have written, by section; perCommitment sections by commitment id, then field. */
export type ReportContent = Record<string, string | ListEntry[] | Record<string, Record<string, string>>>;

export interface YearReport {
  id: string;
  unitId: string;
  schoolYear: SchoolYear;
  type: string;
  status: DocumentStatus;
  content: ReportContent;
}

/** Läsårsrapport as in the 2024 guideline: results and effects per commitment, the analysis by quality dimension. */
export const YEAR_REPORT_2024: ReportDefinition = {
  type: 'yearReport',
  label: 'Läsårsrapport',
  builtFrom: 'commitmentPlan',
  groups: [
    { key: 'results', label: 'Resultat och effekter av läsårets åtaganden' },
    { key: 'basis', label: 'Underlag' },
    {
      key: 'analysis',
      label: 'Analys av helheten',
      hint: 'Analysera orsaker, inte bara vad som hänt: varför blev det så? Utgå från ramfaktorteorins tre kvalitetsdimensioner.',
    },
    { key: 'forward', label: 'Framåt' },
  ],
  sections: [
    {
      key: 'commitmentResults',
      kind: 'perCommitment',
      label: 'Resultat och effekter per åtagande',
      group: 'results',
      fields: [
        { key: 'results', label: 'Resultat', hint: 'Vad blev resultatet av aktiviteterna?' },
        { key: 'effects', label: 'Effekter för barn och elever', hint: 'Ledde det till de tänkta effekterna? Hur vet ni det?' },
      ],
    },
    { key: 'tldResults', kind: 'text', label: 'TLD-resultat', group: 'basis', hint: 'Trygghet, lärande och delaktighet: vad visar mätningarna i oktober och april?' },
    { key: 'statistics', kind: 'text', label: 'Statistik och andra resultat', group: 'basis', hint: 'Betyg, nationella prov, närvaro, personal.' },
    {
      key: 'analysisStructure',
      kind: 'text',
      label: 'Strukturkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Förutsättningarna: organisation, resurser, personalens kompetens, lokaler. Hur har de påverkat resultaten?',
    },
    {
      key: 'analysisProcess',
      kind: 'text',
      label: 'Processkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Arbetet: undervisningen, ledarskapet, samarbetet. Vad i hur ni arbetat förklarar resultaten?',
    },
    {
      key: 'analysisResult',
      kind: 'text',
      label: 'Resultatkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Resultaten i förhållande till målen: vad uppnåddes, för vilka, och varför?',
    },
    {
      key: 'developmentNeeds',
      kind: 'list',
      label: 'Utvecklingsbehov',
      itemLabel: 'Utvecklingsbehov',
      required: true,
      group: 'forward',
      hint: 'Det som tas vidare till nästa läsårs åtagandeplan.',
    },
  ],
};

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

/** Huvudmannens verksamhetsuppföljning (2024 guideline): built from every unit, with the organiser's own analysis. */
export const ANNUAL_FOLLOW_UP_2024: ReportDefinition = {
  type: 'annualFollowUp',
  label: 'Huvudmannens verksamhetsuppföljning',
  builtFrom: 'unitDocuments',
  groups: [
    { key: 'results', label: 'Resultat för alla enheter', hint: 'Samma områden på alla nivåer, så att enheterna kan jämföras.' },
    { key: 'units', label: 'Enheternas analyser och utvecklingsbehov' },
    { key: 'analysis', label: 'Huvudmannens analys', hint: 'Analysera orsaker på huvudmannanivå: vilka förutsättningar, arbetssätt och resultat förklarar bilden?' },
    { key: 'childRights', label: 'Barnrättsperspektiv och likvärdighet' },
    { key: 'forward', label: 'Prioriteringar' },
  ],
  sections: [
    { key: 'unitDocuments', kind: 'generated', source: 'unitDocuments', label: 'Enheternas dokument', group: 'results' },
    { key: 'tldResults', kind: 'generated', source: 'tldResults', label: 'TLD-resultat per skolform', group: 'results' },
    { key: 'keyFigures', kind: 'generated', source: 'keyFigures', label: 'Nyckeltal per enhet', group: 'results' },
    { key: 'resultsComment', kind: 'text', label: 'Kommentar till resultaten', group: 'results' },
    { key: 'unitAnalyses', kind: 'generated', source: 'unitAnalyses', label: 'Sammandrag av enheternas analyser', group: 'units' },
    { key: 'unitNeeds', kind: 'generated', source: 'developmentNeeds', label: 'Enheternas utvecklingsbehov', group: 'units' },
    { key: 'analysisStructure', kind: 'text', label: 'Strukturkvalitet', group: 'analysis', required: true, hint: 'Resurser, organisation, kompetens och lokaler hos huvudmannen och enheterna.' },
    { key: 'analysisProcess', kind: 'text', label: 'Processkvalitet', group: 'analysis', required: true, hint: 'Hur undervisning, ledarskap och samverkan fungerar i styrkedjan.' },
    { key: 'analysisResult', kind: 'text', label: 'Resultatkvalitet', group: 'analysis', required: true, hint: 'Måluppfyllelse i förhållande till nationella mål och nämndens mål, och varför.' },
    {
      key: 'childRights',
      kind: 'text',
      label: 'Barnrättsperspektiv',
      group: 'childRights',
      required: true,
      hint: 'Hur barnets bästa har beaktats (barnkonventionen är svensk lag sedan 2020) och vad barnen själva har sagt, t.ex. i TLD.',
    },
    { key: 'childImpactAssessment', kind: 'text', label: 'Barnkonsekvensanalys', group: 'childRights', hint: 'Där huvudmannen bedömer att en behövs: vilka barn berörs, hur, och vilka alternativ övervägdes?' },
    { key: 'equityData', kind: 'generated', source: 'equity', label: 'Skillnader mellan enheterna', group: 'childRights' },
    { key: 'equity', kind: 'text', label: 'Likvärdighet', group: 'childRights', required: true, hint: 'Var skiljer sig barnens och elevernas möjligheter åt mellan enheterna, och varför?' },
    { key: 'priorities', kind: 'list', label: 'Prioriteringar inför nästa läsår', itemLabel: 'Prioritering', group: 'forward', required: true },
  ],
};

/** Every definition the product knows, by type: a document keeps its type when the configuration changes. */
export function definitionFor(type: string, configured: ReportDefinition[], known: ReportDefinition[] = []): ReportDefinition | undefined {
  return configured.find((d) => d.type === type) ?? [YEAR_REPORT_2024, ANNUAL_FOLLOW_UP_2024, ...known].find((d) => d.type === type);
}

/** The fields where a unit analyses causes: the required text sections of its document. */
export const analysisSections = (definition: ReportDefinition) =>
  definition.sections.filter((s): s is Extract<SectionDefinition, { kind: 'text' }> => s.kind === 'text' && s.required === true);

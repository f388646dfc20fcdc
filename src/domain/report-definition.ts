/** What a report is made of, as data: sections, fields and generated parts. */
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
  | { key: string; kind: 'text'; label: string; hint?: string; required?: boolean; group?: string; basis?: BasisSource }
  | { key: string; kind: 'perCommitment'; label: string; hint?: string; fields: SectionField[]; group?: string }
  | { key: string; kind: 'list'; label: string; hint?: string; required?: boolean; itemLabel: string; group?: string }
  | { key: string; kind: 'generated'; label: string; hint?: string; source: GeneratedSource; group?: string };

/**
 * What a unit's text section may be filled from on request ("Hämta från TLD och nyckeltal"): the
 * unit's TLD results or its key figures for the year. The text stays the principal's to edit.
 */
export const BASIS_SOURCES = ['tldResults', 'keyFigures'] as const;
export type BasisSource = (typeof BASIS_SOURCES)[number];

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

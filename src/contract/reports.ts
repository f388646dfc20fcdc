/** The unit's yearly report (läsårsrapport): sections defined as data, written field by field. */
import { z } from 'zod';
import { BASIS_SOURCES, GENERATED_SOURCES } from '../domain/report-definition';
import { CatalogueEntry, Completeness, DocumentName, DocumentStatus, id, ListEntry, TITLE_MAX, Transitions } from './common';
import { DocumentComment } from './documents';
import { DocumentUnit } from './me';
import { CommitmentPlan } from './plans';

const listEntry = z.strictObject({ text: z.string().max(TITLE_MAX), goalAreaKey: z.string().max(80).optional() });
const sectionUpdate = z.strictObject({
  sectionKey: z.string().min(1).max(80),
  commitmentId: id.optional(),
  fieldKey: z.string().min(1).max(80).optional(),
  value: z.union([z.string().max(20000), z.array(listEntry).max(50)]),
});
export type SectionUpdate = z.input<typeof sectionUpdate>;
export const SectionUpdates = z.strictObject({ updates: z.array(sectionUpdate).min(1).max(50) });

export const SectionField = z.strictObject({
  key: z.string(),
  label: z.string(),
  hint: z.string().optional(),
  required: z.boolean().optional(),
});
export type SectionField = z.infer<typeof SectionField>;
const sectionBase = { key: z.string(), label: z.string(), hint: z.string().optional(), group: z.string().optional() };
/** basis: the section can be filled on request from the unit's TLD results or key figures (see ReportBasisPreview). */
export const TextSection = z.strictObject({
  ...sectionBase,
  kind: z.literal('text'),
  required: z.boolean().optional(),
  basis: z.enum(BASIS_SOURCES).optional(),
});
export const PerCommitmentSection = z.strictObject({
  ...sectionBase,
  kind: z.literal('perCommitment'),
  required: z.boolean().optional(),
  fields: z.array(SectionField),
});
export const ListSection = z.strictObject({
  ...sectionBase,
  kind: z.literal('list'),
  required: z.boolean().optional(),
  itemLabel: z.string(),
});
export const GeneratedSection = z.strictObject({
  ...sectionBase,
  kind: z.literal('generated'),
  required: z.boolean().optional(),
  source: z.enum(GENERATED_SOURCES),
});
/** A unit's report has text, per-commitment and list sections; the organiser's also generated ones. */
export const SectionDefinition = z.discriminatedUnion('kind', [TextSection, PerCommitmentSection, ListSection]);
export type SectionDefinition = z.infer<typeof SectionDefinition>;
export const AnySectionDefinition = z.discriminatedUnion('kind', [TextSection, PerCommitmentSection, ListSection, GeneratedSection]);

export const ReportGroup = z.strictObject({ key: z.string(), label: z.string(), hint: z.string().optional() });
export const ReportDefinition = z.strictObject({
  type: z.string(),
  label: z.string(),
  builtFrom: z.enum(['commitmentPlan', 'unitDocuments']),
  groups: z.array(ReportGroup),
  sections: z.array(SectionDefinition),
});
export type ReportDefinition = z.infer<typeof ReportDefinition>;

/** text: content[key] = string; perCommitment: content[key][commitmentId][fieldKey]; list: content[key] = ListEntry[]. */
export const ReportContent = z.record(
  z.string(),
  z.union([z.string(), z.array(ListEntry), z.record(z.string(), z.record(z.string(), z.string()))]),
);
export type ReportContent = z.infer<typeof ReportContent>;

export const ReportDocument = z.strictObject({
  report: z.strictObject({
    id: z.string(),
    unitId: z.string(),
    schoolYear: z.string(),
    type: z.string(),
    status: DocumentStatus,
    content: ReportContent,
  }),
  etag: z.string(),
  modified: z.string(),
  unit: DocumentUnit,
  definition: ReportDefinition,
  /** The definition's label in running text ("läsårsrapporten"), for this report's own definition. */
  name: DocumentName,
  /** The same year's plan, shown read-only beside what is written about it. */
  plan: CommitmentPlan.optional(),
  /** Labels of required sections still empty. */
  missing: z.array(z.string()),
  canEdit: z.boolean(),
  transitions: Transitions,
  /** The unit's goal areas: development needs may name any of them. */
  goalAreaCatalogue: z.array(CatalogueEntry),
  comments: z.array(DocumentComment),
  /** Progress per section and what each status change waits for. */
  completeness: Completeness.optional(),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

/** A table of the basis as Swedish text cells (decimal comma, labels, suppressed values worded). */
export const ReportBasisTable = z.strictObject({ caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) });
export const ReportBasisSection = z.strictObject({
  sectionKey: z.string(),
  label: z.string(),
  source: z.enum(BASIS_SOURCES),
  /** The generated part as it would be written, between its two marker lines. */
  text: z.string(),
  tables: z.array(ReportBasisTable),
  /** Nothing to fetch (no round this year, no figures): the text says so. */
  empty: z.boolean(),
  /** The section already holds a generated part: filling replaces only that part ("Uppdatera"). */
  filled: z.boolean(),
});
/** GET …/basis: what "Hämta från TLD och nyckeltal" would write, per section of the report's definition. */
export const ReportBasisPreview = z.strictObject({ schoolYear: z.string(), etag: z.string(), sections: z.array(ReportBasisSection) });
export type ReportBasisPreview = z.infer<typeof ReportBasisPreview>;
export type ReportBasisSection = z.infer<typeof ReportBasisSection>;

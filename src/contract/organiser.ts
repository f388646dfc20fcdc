/** The organiser's views: the overview of all units, the annual follow-up, intranet pages, presets, the outbox. */
import { z } from 'zod';
import { OUTBOX_KINDS, OUTBOX_STATES } from '../app/outbox/outbox-items';
import { DocumentStatus, FollowUpStatus, schoolYearParam, Transitions } from './common';
import { ReportContent, AnySectionDefinition, ReportGroup } from './reports';
import { TldIndex } from './surveys';
import { TrendDirection, YearValue } from './statistics';

// Översikt
export const OverviewParams = z.object({ schoolYear: schoolYearParam });
/** A unit's TLD rounds, oldest first; index null where hidden by the anonymity rules (the overview and the meeting tab). */
export const UnitTldRounds = z.array(
  z.strictObject({
    roundId: z.string(),
    label: z.string(),
    answers: z.number(),
    responseRate: z.number().nullable(),
    shown: z.boolean(),
    index: TldIndex.nullable(),
  }),
);
/** A unit's key figures over the years, with their trend. */
export const UnitKeyFigureTrends = z.array(
  z.strictObject({ kpiId: z.string(), label: z.string(), hasData: z.boolean(), values: z.array(YearValue), direction: TrendDirection }),
);

export const OverviewUnit = z.strictObject({
  unit: z.strictObject({ id: z.string(), name: z.string(), schoolForm: z.string(), schoolFormLabel: z.string() }),
  /** The principals' answers to the year's dialogue rounds. */
  dialogues: z.array(z.strictObject({ roundId: z.string(), kind: z.string(), title: z.string(), answer: z.string() })),
  /** In how many of the year's dialogues the unit's principal(s) were there (recorded attendance); null when nothing is recorded. */
  attendance: z.strictObject({ attended: z.number(), invited: z.number() }).nullable().optional(),
  plan: z
    .strictObject({
      status: DocumentStatus,
      goalAreas: z.array(z.string()),
      commitments: z.number(),
      byStatus: z.record(z.enum([...FollowUpStatus.options, 'none']), z.number()),
    })
    .nullable(),
  report: z.strictObject({ status: DocumentStatus }).nullable(),
  /** YYYY-MM-DD */
  lastFollowUp: z.string().nullable(),
  daysSinceFollowUp: z.number().nullable(),
  tld: UnitTldRounds,
  keyFigures: UnitKeyFigureTrends,
});
export type OverviewUnit = z.infer<typeof OverviewUnit>;
export const Overview = z.strictObject({
  schoolYear: z.string(),
  units: z.array(OverviewUnit),
  goalAreas: z.array(z.strictObject({ key: z.string(), label: z.string(), units: z.number() })),
  boardGoals: z.array(z.strictObject({ id: z.string(), title: z.string(), retired: z.boolean().optional(), unitIds: z.array(z.string()) })),
  successFactors: z.array(z.strictObject({ key: z.string(), label: z.string(), commitments: z.number() })),
  rounds: z.array(z.strictObject({ id: z.string(), label: z.string(), schoolYear: z.string() })),
});
export type Overview = z.infer<typeof Overview>;

// Huvudmannens verksamhetsuppföljning
export const AnnualParams = z.object({ schoolYear: schoolYearParam });
export type AnnualSectionDefinition = z.infer<typeof AnySectionDefinition>;
export const GeneratedTable = z.strictObject({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  note: z.string().optional(),
});
export type GeneratedTable = z.infer<typeof GeneratedTable>;
export const AnnualDocument = z.strictObject({
  document: z.strictObject({ id: z.string(), schoolYear: z.string(), status: DocumentStatus, content: ReportContent }),
  etag: z.string(),
  modified: z.string(),
  definition: z.strictObject({
    type: z.string(),
    label: z.string(),
    builtFrom: z.enum(['commitmentPlan', 'unitDocuments']),
    groups: z.array(ReportGroup),
    sections: z.array(AnySectionDefinition),
  }),
  /** The sections the app writes from the units, by section key. */
  generated: z.record(z.string(), GeneratedTable),
  missing: z.array(z.string()),
  canEdit: z.boolean(),
  transitions: Transitions,
});
export type AnnualDocument = z.infer<typeof AnnualDocument>;

// Intranät
export const PageKind = z.enum(['plan', 'report', 'annualFollowUp', 'yearWheel']);
export type PageKind = z.infer<typeof PageKind>;
export const PublishResult = z.strictObject({ slug: z.string(), url: z.string(), title: z.string() });
export type PublishResult = z.infer<typeof PublishResult>;
export const PublishedPage = PublishResult.extend({
  kind: PageKind,
  schoolYear: z.string(),
  publishedAt: z.string(),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
});
export type PublishedPage = z.infer<typeof PublishedPage>;
export const PublishedPages = z.array(PublishedPage);

// Förinställningar
export const PresetParams = z.object({ key: z.string().regex(/^\d{4}$/) });
export const Preset = z.strictObject({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  current: z.boolean(),
  documents: z.strictObject({ plan: z.string(), unit: z.string(), organiser: z.string() }),
  dialogues: z.array(z.string()),
});
export type Preset = z.infer<typeof Preset>;
export const Presets = z.array(Preset);

// Utkorg
export const OutboxItemParams = z.object({ itemId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
export const OutboxOverview = z.strictObject({
  counts: z.record(z.enum(OUTBOX_STATES), z.number()),
  /** Resent after their sender died mid-send (possible duplicates). */
  inDoubt: z.number(),
  failed: z.array(
    z.strictObject({
      id: z.string(),
      personId: z.string(),
      personName: z.string(),
      kind: z.enum(OUTBOX_KINDS),
      reason: z.string(),
      message: z.string(),
      attempts: z.number(),
      at: z.string(),
    }),
  ),
  withoutConversation: z.array(z.strictObject({ personId: z.string(), personName: z.string(), email: z.string(), items: z.number() })),
});
export type OutboxOverview = z.infer<typeof OutboxOverview>;
export const OutboxItem = z.strictObject({
  id: z.string(),
  etag: z.string(),
  dedupeKey: z.string(),
  state: z.enum(OUTBOX_STATES),
  personId: z.string(),
  source: z.string(),
  kind: z.enum(OUTBOX_KINDS),
  payload: z.record(z.string(), z.unknown()),
  attempts: z.number(),
  notBefore: z.string(),
  claimedBy: z.string(),
  claimedUntil: z.string(),
  enqueuedAt: z.string(),
  sentAt: z.string(),
  activityId: z.string(),
  failureReason: z.string(),
  lastError: z.string(),
  inDoubt: z.boolean(),
});
export const UnreachablePeople = z.array(z.strictObject({ personId: z.string(), displayName: z.string(), email: z.string() }));

/** Building blocks shared by the contract's areas: ids, limits, the statuses every document has. */
import { z } from 'zod';
import { DOCUMENT_STATUSES, FOLLOW_UP_STATUSES } from '../domain/plan';
import { SUCCESS_FACTOR_CODES } from '../domain/success-factors';

export const TITLE_MAX = 255; // a SharePoint single-line text column holds 255 characters
export const TEXT_MAX = 4000;

export const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
export const title = z.string().trim().min(1).max(TITLE_MAX);
export const text = z.string().max(TEXT_MAX);
/** A school year as it is written in paths: 2025-26. */
export const schoolYearParam = z.string().regex(/^\d{4}-\d{2}$/);

export const DocumentStatus = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatus>;
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
/** A status change a person may make now; the server lists them with each document. */
export const Transition = z.enum(['ready', 'withdraw', 'finalise', 'reopen']);
export type Transition = z.infer<typeof Transition>;
export const Transitions = z.array(Transition);

export const CatalogueEntry = z.strictObject({ key: z.string(), label: z.string() });
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** One of Skolverket's seven success factors, by code. */
export const SuccessFactorCode = z.enum(SUCCESS_FACTOR_CODES);
export type SuccessFactorCode = z.infer<typeof SuccessFactorCode>;
/** The success factors with the words people read, in the domain's order: the tab's only source of them (plan and meeting). */
export const SuccessFactorCatalogue = z.array(z.strictObject({ key: SuccessFactorCode, label: z.string() }));
export type SuccessFactorCatalogue = z.infer<typeof SuccessFactorCatalogue>;

/** An item of a list section (e.g. a development need), optionally tied to a goal area. */
export const ListEntry = z.strictObject({ text: z.string(), goalAreaKey: z.string().optional() });
export type ListEntry = z.infer<typeof ListEntry>;

/** The answer of a write that says only that it is done. */
export const Message = z.strictObject({ message: z.string() });

/** One section's progress, as Stratsys shows it: "klar" or "saknas", and why (src/domain/completeness). */
export const SectionProgressItem = z.strictObject({
  key: z.string(),
  label: z.string(),
  state: z.enum(['klar', 'saknas']),
  /** An optional empty section is "saknas" but holds no status change back. */
  required: z.boolean(),
  reason: z.string(),
});
export type SectionProgressItem = z.infer<typeof SectionProgressItem>;
export const Completeness = z.strictObject({
  sections: z.array(SectionProgressItem),
  openComments: z.array(z.string()),
  /** What stands in the way of "klar för dialog" and of finalising. */
  missing: z.strictObject({ ready: z.array(z.string()), finalise: z.array(z.string()) }),
});
export type Completeness = z.infer<typeof Completeness>;

/** A dialogue group's occasion as the invitation and the meeting view both show it. */
export const groupOccasion = {
  kindLabel: z.string(),
  roundTitle: z.string(),
  groupName: z.string(),
  /** "tisdag 15 september 2026 kl. 09:00–11:00" */
  when: z.string(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
};

/** A document's name in the forms a sentence needs, made on the server (domain/document-names.ts). */
export const DocumentName = z.strictObject({ label: z.string(), the: z.string(), The: z.string() });
export type DocumentName = z.infer<typeof DocumentName>;

/** The admin's screens: the directory import from Entra ID and Skolenhetsregistret, the intranet's visibility. */
import { z } from 'zod';
import { directoryImportConfigSchema } from '../app/directory/directory-import-config';

export const DirectoryImportConfig = directoryImportConfigSchema;
export type DirectoryImportConfig = z.infer<typeof DirectoryImportConfig>;

const PreviewLine = z.strictObject({
  displayName: z.string(),
  email: z.string().optional(),
  units: z.array(z.string()).optional(),
  from: z.array(z.string()).optional(),
  to: z.array(z.string()).optional(),
});
export type PreviewLine = z.infer<typeof PreviewLine>;

const Counts = z.strictObject({
  newUnits: z.number(),
  changedUnits: z.number(),
  closedUnits: z.number(),
  newPeople: z.number(),
  movedPeople: z.number(),
  leftPeople: z.number(),
  addedRoles: z.number(),
  removedRoles: z.number(),
});

/** What an import would change: shown before anything is applied; `fingerprint` names exactly this preview. */
export const DirectoryPreview = z.strictObject({
  fingerprint: z.string(),
  generatedAt: z.string(),
  empty: z.boolean(),
  counts: Counts,
  units: z.array(
    z.strictObject({
      schoolUnitCode: z.string(),
      name: z.string(),
      schoolFormLabel: z.string(),
      change: z.array(z.string()),
      previousName: z.string().optional(),
    }),
  ),
  newPeople: z.array(PreviewLine),
  moved: z.array(PreviewLine),
  left: z.array(PreviewLine),
  /** Leadership entries that match nobody, and groups that could not be read. */
  warnings: z.array(z.string()),
});
export type DirectoryPreview = z.infer<typeof DirectoryPreview>;

export const DirectoryImportState = z.strictObject({
  config: DirectoryImportConfig.nullable(),
  lastRun: z
    .strictObject({ at: z.string(), by: z.string(), applied: z.boolean(), counts: Counts, pending: DirectoryPreview.optional() })
    .nullable(),
});
export type DirectoryImportState = z.infer<typeof DirectoryImportState>;

export const ApplyBody = z.strictObject({ fingerprint: z.string().min(8).max(64) });
export const ApplyResult = z.strictObject({ preview: DirectoryPreview, applied: z.literal(true) });
export type ApplyResult = z.infer<typeof ApplyResult>;

export const IntranetVisibility = z.strictObject({ public: z.boolean() });
export type IntranetVisibility = z.infer<typeof IntranetVisibility>;

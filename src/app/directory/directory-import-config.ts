/** The directory import's settings as the admin saves them (validated; the contract reuses the schema). */
import { z } from 'zod';

export const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Ange ett objekt-id (GUID) från Entra ID.');
const unitCode = z.string().regex(/^\d{8}$/, 'En skolenhetskod har åtta siffror.');
const personRef = z.string().trim().min(1).max(254);

export const directoryImportConfigSchema = z.object({
  /** Kommunkod, four digits (Skolenhetsregistret's municipality_code). */
  municipalityCode: z.string().regex(/^\d{4}$/, 'Kommunkoden har fyra siffror, t.ex. 0180.'),
  /** Where organiser, board and admin come from: groups, or the app's role assignments. */
  roleSource: z.enum(['groups', 'appRoles']).default('groups'),
  groups: z.object({ organiser: guid.optional(), board: guid.optional(), admin: guid.optional(), principals: guid.optional() }).default({}),
  appRoles: z
    .object({ servicePrincipalId: guid, roleIds: z.object({ organiser: guid.optional(), board: guid.optional(), admin: guid.optional() }) })
    .optional(),
  /** Per unit: a group of its principals and/or of its staff. */
  units: z
    .array(z.object({ schoolUnitCode: unitCode, principalGroupId: guid.optional(), staffGroupId: guid.optional() }))
    .max(1000)
    .default([]),
  /** Who leads which unit when there is no group per unit: object ids or e-mails, edited in the tab. */
  leadership: z.record(unitCode, z.array(personRef).max(20)).default({}),
  schedule: z.enum(['off', 'daily']).default('daily'),
  /** The scheduled run applies by itself only when this is on; otherwise it leaves a preview. */
  autoApply: z.boolean().default(false),
});
export type DirectoryImportConfig = z.infer<typeof directoryImportConfigSchema>;

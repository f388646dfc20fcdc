/**
 * Skolenhetsregistret v2's answers, checked by schema at the boundary. The list
 * (GET /v2/school-units?municipality_code=…) gives code, name and status only; the school forms
 * come from each unit's own answer (GET /v2/school-units/{code}: data.attributes.schoolTypes).
 * A saved file holds both, as the live source fetched them.
 */
import { z } from 'zod';
import { REGISTER_STATUSES, type RegisteredUnit } from '../../domain/school-unit-register';

const status = z.enum(REGISTER_STATUSES);

export const listResponse = z.object({
  data: z.object({
    attributes: z.array(z.object({ schoolUnitCode: z.string().regex(/^\d{8}$/), name: z.string().min(1), status })),
  }),
});

export const detailResponse = z.object({
  data: z.object({
    attributes: z.object({
      schoolUnitCode: z.string().regex(/^\d{8}$/),
      displayName: z.string().min(1).optional(),
      name: z.string().min(1).optional(),
      status,
      municipalityCode: z.string().optional(),
      schoolTypes: z.array(z.string()).default([]),
    }),
  }),
});

/** The saved form: what the live source read, so an import here reads exactly what it would read there. */
export const savedRegister = z.object({
  source: z.literal('skolenhetsregistret-v2'),
  municipalityCode: z.string().regex(/^\d{4}$/),
  fetchedAt: z.string(),
  list: listResponse,
  details: z.record(z.string(), detailResponse),
});
export type SavedRegister = z.infer<typeof savedRegister>;

export function unitsFromSaved(saved: SavedRegister): RegisteredUnit[] {
  return saved.list.data.attributes.map((row) => {
    const detail = saved.details[row.schoolUnitCode]?.data.attributes;
    return {
      schoolUnitCode: row.schoolUnitCode,
      name: detail?.displayName ?? detail?.name ?? row.name,
      schoolTypes: detail?.schoolTypes ?? [],
      status: detail?.status ?? row.status,
    };
  });
}

/** The admin's settings screen (Inställningar): board goals, a preset's preview, a unit's school forms. */
import { z } from 'zod';
import { SCHOOL_FORM_CODES } from '../domain/school-forms';
import { id } from './common';

// Nämndmål
const goalTitle = z.string().trim().min(1).max(255);
export const BoardGoalParams = z.object({ goalId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
export const NewBoardGoalBody = z.strictObject({ title: goalTitle });
/** Reword, retire (`retired: true`) or take back into use (`retired: false`). */
export const BoardGoalChangeBody = z
  .strictObject({ title: goalTitle.optional(), retired: z.boolean().optional() })
  .refine((b) => b.title !== undefined || b.retired !== undefined, { message: 'Ange en ny lydelse eller om målet är avslutat.' });
export const AdminBoardGoal = z.strictObject({
  id: z.string(),
  title: z.string(),
  retired: z.boolean(),
  /** Commitments (every school year) that carry the goal: they keep it when it is retired. */
  commitments: z.number(),
});
export type AdminBoardGoal = z.infer<typeof AdminBoardGoal>;
export const AdminBoardGoals = z.array(AdminBoardGoal);

// Förhandsvisning av en förinställning
const PreviewEvent = z.strictObject({
  key: z.string(),
  label: z.string(),
  kind: z.string(),
  when: z.string(),
  months: z.array(z.number()),
});
const PreviewDocument = z.strictObject({
  label: z.string(),
  sections: z.array(z.strictObject({ label: z.string(), required: z.boolean() })),
});
export const PresetPreview = z.strictObject({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  current: z.boolean(),
  planLabel: z.string(),
  maxGoalAreas: z.number(),
  dialogues: z.array(z.string()),
  events: z.array(PreviewEvent),
  documents: z.strictObject({ unit: PreviewDocument, organiser: PreviewDocument }),
  surveys: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      respondents: z.string(),
      questions: z.number(),
      schoolForms: z.array(z.string()),
    }),
  ),
});
export type PresetPreview = z.infer<typeof PresetPreview>;

// En enhets skolformer
export const SchoolFormsParams = z.object({ unitId: id });
/** The first is the unit's own (it decides the goal areas and question set); the rest it also has. */
export const SchoolFormsBody = z.strictObject({ schoolForms: z.array(z.enum(SCHOOL_FORM_CODES)).min(1).max(SCHOOL_FORM_CODES.length) });
export const UnitSchoolForms = z.strictObject({
  unitId: z.string(),
  name: z.string(),
  schoolForm: z.enum(SCHOOL_FORM_CODES),
  schoolForms: z.array(z.enum(SCHOOL_FORM_CODES)),
  /** Set by the admin here: the directory import keeps them (else they follow Skolenhetsregistret). */
  byHand: z.boolean(),
});
export type UnitSchoolForms = z.infer<typeof UnitSchoolForms>;
export const UnitsSchoolForms = z.array(UnitSchoolForms);

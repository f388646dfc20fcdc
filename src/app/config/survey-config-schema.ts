import { z } from 'zod';
import { SCHOOL_FORM_CODES } from '../../domain/school-forms';

const scale = z.enum(['agree4', 'faces3', 'yesNo3']);
const question = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,20}$/),
  area: z.enum(['T', 'L', 'D']),
  text: z.string().min(1).max(255),
  scale: scale.optional(),
});
const questionSet = z.object({
  key: z.string().min(1).max(40),
  label: z.string().min(1).max(120),
  respondents: z.enum(['children', 'guardians']).optional(),
  scale,
  assisted: z.boolean(),
  gradeBands: z.array(z.string().min(1).max(20)).max(12),
  intro: z.string().max(500),
  questions: z.array(question).min(1).max(40),
});

/** The organiser's survey configuration: question sets per school form, the anonymity threshold. */
export const surveyConfigSchema = z
  .object({
    minAnswers: z.number().int().min(5).max(100),
    minResponseRate: z.number().min(0).max(1),
    questionSets: z.array(questionSet).min(1),
    setBySchoolForm: z.record(z.enum(SCHOOL_FORM_CODES), z.string()),
    guardianSet: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    for (const [form, key] of Object.entries(c.setBySchoolForm)) {
      if (!c.questionSets.some((s) => s.key === key))
        ctx.addIssue({ code: 'custom', path: ['setBySchoolForm', form], message: `Frågeuppsättningen ${key} finns inte.` });
    }
    for (const s of c.questionSets) {
      const ids = s.questions.map((q) => q.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', path: ['questionSets', s.key], message: 'Två frågor har samma id.' });
    }
  });

/** Skolformer. The code names are English; the labels are what people read. */
export const SCHOOL_FORMS = {
  preschool: 'Förskola',
  preschoolClass: 'Förskoleklass',
  compulsoryF3: 'Grundskola F–3',
  compulsoryF6: 'Grundskola F–6',
  compulsory46: 'Grundskola 4–6',
  compulsory79: 'Grundskola 7–9',
  adaptedCompulsory: 'Anpassad grundskola',
  schoolAgeEducare: 'Fritidshem',
  upperSecondary: 'Gymnasieskola',
} as const;

export type SchoolForm = keyof typeof SCHOOL_FORMS;
export const SCHOOL_FORM_CODES = Object.keys(SCHOOL_FORMS) as [SchoolForm, ...SchoolForm[]];

/** Which curriculum's goal areas a school form uses. */
export type Curriculum = 'lpfo18' | 'lgr22' | 'gy11';

export function curriculumOf(form: SchoolForm): Curriculum {
  if (form === 'preschool') return 'lpfo18';
  if (form === 'upperSecondary') return 'gy11';
  return 'lgr22';
}

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

/**
 * Skolformer as the law and the guideline name them: a dialogue group of "3–4 rektorer från samma
 * skolform" keeps grundskola together whatever its grade span (F–3, F–6, 4–6 and 7–9 are one form).
 */
export const LEGAL_SCHOOL_FORMS = {
  preschool: 'Förskola',
  preschoolClass: 'Förskoleklass',
  compulsory: 'Grundskola',
  adaptedCompulsory: 'Anpassad grundskola',
  schoolAgeEducare: 'Fritidshem',
  upperSecondary: 'Gymnasieskola',
} as const;

export type LegalSchoolForm = keyof typeof LEGAL_SCHOOL_FORMS;
export const LEGAL_SCHOOL_FORM_CODES = Object.keys(LEGAL_SCHOOL_FORMS) as [LegalSchoolForm, ...LegalSchoolForm[]];
/** Which form is a unit's or a principal's main one when several weigh the same, as primarySchoolForm: the school's own education first, preschool last. */
export const LEGAL_SCHOOL_FORM_PRIORITY: LegalSchoolForm[] = [
  'upperSecondary',
  'compulsory',
  'adaptedCompulsory',
  'preschoolClass',
  'schoolAgeEducare',
  'preschool',
];

export function legalSchoolForm(form: SchoolForm): LegalSchoolForm {
  return form === 'compulsoryF3' || form === 'compulsoryF6' || form === 'compulsory46' || form === 'compulsory79' ? 'compulsory' : form;
}

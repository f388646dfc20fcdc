/** Skolformer by code, as people read them (the API's SCHOOL_FORMS; the tab imports no runtime code from src). */
export const SCHOOL_FORM_LABELS: Record<string, string> = {
  preschool: 'Förskola',
  preschoolClass: 'Förskoleklass',
  compulsoryF3: 'Grundskola F–3',
  compulsoryF6: 'Grundskola F–6',
  compulsory46: 'Grundskola 4–6',
  compulsory79: 'Grundskola 7–9',
  adaptedCompulsory: 'Anpassad grundskola',
  schoolAgeEducare: 'Fritidshem',
  upperSecondary: 'Gymnasieskola',
};

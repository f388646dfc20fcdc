/**
 * Skolverket's Skolenhetsregistret as the domain sees it: a registered school unit, its
 * school forms, and which one of them decides the unit's curriculum (goal areas).
 */
import { curriculumOf, type SchoolForm } from './school-forms';

/** Status codes of Skolenhetsregistret v2 (AKTIV, VILANDE, UPPHORT, PLANERAD). */
export const REGISTER_STATUSES = ['AKTIV', 'VILANDE', 'UPPHORT', 'PLANERAD'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** How the app keeps a unit: open, or closed (kept with its documents, no new plans expected). */
export type UnitStatus = 'open' | 'closed';

export interface RegisteredUnit {
  schoolUnitCode: string;
  name: string;
  /** Skolverket's school type codes as given, e.g. ["FKLASS", "GR", "FTH"]. */
  schoolTypes: string[];
  status: RegisterStatus;
}

/**
 * Skolverket's school type codes → our school forms. GR has no grade span in the code, so it maps
 * to F–6 and the admin corrects the span where it differs; codes with no SKA process (komvux,
 * sfi, …) map to nothing.
 */
const SCHOOL_TYPE_FORMS: Record<string, SchoolForm> = {
  FS: 'preschool',
  FKLASS: 'preschoolClass',
  GR: 'compulsoryF6',
  GRAN: 'adaptedCompulsory',
  GRS: 'adaptedCompulsory',
  SP: 'compulsoryF6',
  SAM: 'compulsoryF3',
  FTH: 'schoolAgeEducare',
  GY: 'upperSecondary',
  GYAN: 'upperSecondary',
  GYS: 'upperSecondary',
};

export function schoolFormsOf(schoolTypes: readonly string[]): SchoolForm[] {
  return [...new Set(schoolTypes.map((t) => SCHOOL_TYPE_FORMS[t.toUpperCase()]).filter((f): f is SchoolForm => !!f))];
}

/**
 * The form that decides a unit's goal areas when it has several: the school's own education wins
 * over what surrounds it (förskoleklass and fritidshem follow Lgr22 with the grundskola; a
 * gymnasieskola with an anpassad programme is still Gy11), and preschool only when it is alone.
 */
const PRIORITY: SchoolForm[] = [
  'upperSecondary',
  'compulsory79',
  'compulsoryF6',
  'compulsory46',
  'compulsoryF3',
  'adaptedCompulsory',
  'preschoolClass',
  'schoolAgeEducare',
  'preschool',
];

export function primarySchoolForm(forms: readonly SchoolForm[]): SchoolForm | undefined {
  return PRIORITY.find((f) => forms.includes(f));
}

export const unitStatusOf = (status: RegisterStatus): UnitStatus => (status === 'UPPHORT' ? 'closed' : 'open');

/** Units the import brings in: in the register, with a school form the app has a process for, and not only planned. */
export function importable(unit: RegisteredUnit): boolean {
  return unit.status !== 'PLANERAD' && schoolFormsOf(unit.schoolTypes).length > 0;
}

export const curriculumOfUnit = (unit: RegisteredUnit) => {
  const form = primarySchoolForm(schoolFormsOf(unit.schoolTypes));
  return form && curriculumOf(form);
};

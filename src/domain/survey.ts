import { DomainError } from './errors';
import type { SchoolForm } from './school-forms';

/** A TLD area: trygghet, lärande, delaktighet. */
export const SURVEY_AREAS = { T: 'Trygghet', L: 'Lärande', D: 'Delaktighet' } as const;
export type SurveyArea = keyof typeof SURVEY_AREAS;

export interface ScaleStep {
  value: number;
  label: string;
  /** Shown before the label on the face scale; the label is what screen readers read. */
  symbol?: string;
  positive: boolean;
}

/** A scale; value 0 is "vet ej" where the scale has it, and never counts in shares. */
export interface Scale {
  key: string;
  steps: ScaleStep[];
}

export type ScaleKey = 'agree4' | 'faces3' | 'yesNo3';

export const SCALES: Record<ScaleKey, Scale> = {
  agree4: {
    key: 'agree4',
    steps: [
      { value: 1, label: 'Stämmer inte alls', positive: false },
      { value: 2, label: 'Stämmer ganska dåligt', positive: false },
      { value: 3, label: 'Stämmer ganska bra', positive: true },
      { value: 4, label: 'Stämmer helt och hållet', positive: true },
      { value: 0, label: 'Vet ej', positive: false },
    ],
  },
  faces3: {
    key: 'faces3',
    steps: [
      { value: 1, label: 'Inte bra', symbol: '☹️', positive: false },
      { value: 2, label: 'Mittemellan', symbol: '😐', positive: false },
      { value: 3, label: 'Bra', symbol: '😊', positive: true },
    ],
  },
  // For questions a child answers yes or no (a face fits "how does it feel", not "is there an adult"). Ja is 3, as "Bra" on the faces.
  yesNo3: {
    key: 'yesNo3',
    steps: [
      { value: 3, label: 'Ja', positive: true },
      { value: 1, label: 'Nej', positive: false },
      { value: 0, label: 'Vet inte', positive: false },
    ],
  },
};

export interface SurveyQuestion {
  id: string;
  area: SurveyArea;
  text: string;
  /** Its own scale where the set's does not fit (a yes/no question among face questions). */
  scale?: ScaleKey;
}

/** The scale a question is answered on: its own, else its set's. */
export const scaleOf = (set: Pick<QuestionSet, 'scale'>, q: Pick<SurveyQuestion, 'scale'>): Scale => SCALES[q.scale ?? set.scale];

export const RESPONDENTS = { children: 'Barn och elever', guardians: 'Vårdnadshavare' } as const;
export type Respondents = keyof typeof RESPONDENTS;

export interface QuestionSet {
  key: string;
  label: string;
  /** Who answers: children and students (by default), or guardians. */
  respondents?: Respondents;
  scale: ScaleKey;
  /** A staff member helps each child answer on a shared device ("nästa barn"). */
  assisted: boolean;
  gradeBands: string[];
  intro: string;
  questions: SurveyQuestion[];
}

export interface SurveyConfig {
  /** Fewer answers than this in a group: no figure is shown for it. */
  minAnswers: number;
  /** A unit's response rate below this (0–1): its results are withheld. 0 turns it off. */
  minResponseRate: number;
  questionSets: QuestionSet[];
  /** Which question set each school form answers. */
  setBySchoolForm: Record<SchoolForm, string>;
  /** The question set of guardian surveys, where the organiser runs them. */
  guardianSet?: string;
}

const SCHOOL_QUESTIONS: SurveyQuestion[] = [
  { id: 't1', area: 'T', text: 'Jag känner mig trygg i skolan.' },
  { id: 't2', area: 'T', text: 'Det finns vuxna i skolan som jag kan prata med om något känns fel.' },
  { id: 't3', area: 'T', text: 'Ingen i skolan behandlar mig illa.' },
  { id: 'l1', area: 'L', text: 'Jag lär mig mycket i skolan.' },
  { id: 'l2', area: 'L', text: 'Lärarna hjälper mig att förstå när något är svårt.' },
  { id: 'l3', area: 'L', text: 'Jag vet vad jag behöver göra för att nå målen.' },
  { id: 'l4', area: 'L', text: 'Det är lugnt på lektionerna så att jag kan arbeta.' },
  { id: 'd1', area: 'D', text: 'Jag får vara med och påverka hur vi arbetar på lektionerna.' },
  { id: 'd2', area: 'D', text: 'Lärarna lyssnar på vad jag tycker.' },
  { id: 'd3', area: 'D', text: 'Jag känner mig delaktig i det som händer i skolan.' },
];

const PRESCHOOL_QUESTIONS: SurveyQuestion[] = [
  { id: 'ft1', area: 'T', text: 'Hur känns det när du är på förskolan?' },
  { id: 'ft2', area: 'T', text: 'Finns det någon vuxen som hjälper dig när du är ledsen?', scale: 'yesNo3' },
  { id: 'fl1', area: 'L', text: 'Hur känns det när du får lära dig nya saker?' },
  { id: 'fl2', area: 'L', text: 'Hur roligt är det att leka och lära tillsammans med kompisarna?' },
  { id: 'fd1', area: 'D', text: 'Hur känns det när du får bestämma vad ni ska göra?' },
  { id: 'fd2', area: 'D', text: 'Lyssnar de vuxna på dig?', scale: 'yesNo3' },
];

export const DEFAULT_SURVEY_CONFIG: SurveyConfig = {
  minAnswers: 10,
  minResponseRate: 0,
  questionSets: [
    {
      key: 'tld-skola',
      label: 'TLD – skola',
      scale: 'agree4',
      assisted: false,
      gradeBands: [],
      intro: 'Svara på hur du tycker att det är i skolan. Ingen kan se vad just du har svarat.',
      questions: SCHOOL_QUESTIONS,
    },
    {
      key: 'tld-forskola',
      label: 'TLD – förskola och förskoleklass',
      scale: 'faces3',
      assisted: true,
      gradeBands: [],
      intro: 'En vuxen läser frågan och barnet väljer en gubbe. Ingen kan se vad just du har svarat.',
      questions: PRESCHOOL_QUESTIONS,
    },
  ],
  setBySchoolForm: {
    preschool: 'tld-forskola',
    preschoolClass: 'tld-forskola',
    compulsoryF3: 'tld-skola',
    compulsoryF6: 'tld-skola',
    compulsory46: 'tld-skola',
    compulsory79: 'tld-skola',
    adaptedCompulsory: 'tld-skola',
    schoolAgeEducare: 'tld-skola',
    upperSecondary: 'tld-skola',
  },
};

export function questionSetFor(config: SurveyConfig, form: SchoolForm, respondents: Respondents = 'children'): QuestionSet {
  const key = respondents === 'guardians' ? config.guardianSet : config.setBySchoolForm[form];
  const set = config.questionSets.find((s) => s.key === key);
  if (!set) throw new DomainError('SURVEY_NOT_CONFIGURED', 'Det finns ingen enkät för enhetens skolform. Kontakta huvudmannen.');
  return set;
}

export type SurveyAnswers = Record<string, number>;

/** Each question's values, per question set: worked out once per set, not for every answer a class sends. */
const allowedBySet = new WeakMap<QuestionSet, Map<string, Set<number>>>();
function allowedValues(set: QuestionSet): Map<string, Set<number>> {
  let allowed = allowedBySet.get(set);
  if (!allowed) {
    allowed = new Map(set.questions.map((q) => [q.id, new Set(scaleOf(set, q).steps.map((s) => s.value))]));
    allowedBySet.set(set, allowed);
  }
  return allowed;
}

/** Checks a submitted form against its question set: every value on the scale, nothing unknown. Unanswered is allowed. */
export function checkAnswers(set: QuestionSet, answers: SurveyAnswers, gradeBand?: string): void {
  const allowed = allowedValues(set);
  let count = 0;
  for (const id in answers) {
    if (!Object.hasOwn(answers, id)) continue;
    count++;
    const values = allowed.get(id);
    if (!values) throw new DomainError('SURVEY_INVALID_ANSWER', 'Svaret innehåller en fråga som inte finns i enkäten.');
    const value = answers[id];
    if (!Number.isInteger(value) || !values.has(value))
      throw new DomainError('SURVEY_INVALID_ANSWER', 'Ett av svaren har ett värde som inte finns på skalan.');
  }
  if (count === 0) throw new DomainError('SURVEY_INVALID_ANSWER', 'Svara på minst en fråga innan du skickar.');
  if (gradeBand !== undefined && !set.gradeBands.includes(gradeBand))
    throw new DomainError('SURVEY_INVALID_ANSWER', 'Årskursen finns inte i enkäten.');
}

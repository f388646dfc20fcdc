import { Template } from 'adaptivecards-templating';
import { scaleOf, type QuestionSet } from '../domain/survey';
import template from './survey-form.card.json';

export interface SurveyFormCardData {
  title: string;
  intro: string;
  gradeBands: string[];
  /** Each question with its own scale's choices (faces for how it feels, Ja / Nej / Vet inte for yes or no). */
  questions: { id: string; number: number; text: string; choices: { title: string; value: string }[] }[];
}

/** The anonymous TLD form as an Adaptive Card, rendered in the browser by the adaptivecards renderer. */
export function buildSurveyFormCard(set: QuestionSet, unitName: string): object {
  const data: SurveyFormCardData = {
    title: `Hur har du det på ${unitName}?`,
    intro: set.intro,
    gradeBands: set.gradeBands,
    questions: set.questions.map((q, i) => ({
      id: q.id,
      number: i + 1,
      text: q.text,
      // The face scale keeps its words: a screen reader reads "Bra", not an emoji.
      choices: scaleOf(set, q).steps.map((s) => ({ title: s.symbol ? `${s.symbol} ${s.label}` : s.label, value: String(s.value) })),
    })),
  };
  return new Template(template).expand({ $root: data });
}

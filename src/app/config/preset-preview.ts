import type { ProcessPreset } from '../../domain/presets';
import type { ReportDefinition } from '../../domain/report-definition';
import { RESPONDENTS } from '../../domain/survey';
import { SCHOOL_FORMS, type SchoolForm } from '../../domain/school-forms';
import { MONTH_NAMES } from '../../domain/swedish-time';
import type { MonthDay, YearWheelEvent } from '../../domain/year-wheel';

const day = (d: MonthDay) => `${d.day} ${MONTH_NAMES[d.month - 1]}`;
/** The months from start to end, across New Year (a school year runs August–June). */
function monthsBetween(start: number, end: number): number[] {
  const out = [start];
  for (let m = start; m !== end;) out.push((m = (m % 12) + 1));
  return out;
}

function when(e: YearWheelEvent): { when: string; months: number[] } {
  switch (e.kind) {
    case 'dialogueWindow':
    case 'surveyRound':
      return { when: `${day(e.start)}–${day(e.end)}`, months: monthsBetween(e.start.month, e.end.month) };
    case 'checkIn':
      return { when: `den ${e.day} i ${e.months.map((m) => MONTH_NAMES[m - 1]).join(', ')}`, months: e.months };
    default:
      return { when: day(e.date), months: [e.date.month] };
  }
}

const document = (d: ReportDefinition) => ({
  label: d.label,
  sections: d.sections.map((s) => ({ label: s.label, required: 'required' in s && s.required === true })),
});

/** What choosing a preset would bring, shown before the admin switches: year wheel, documents, surveys. */
export function presetPreview(p: ProcessPreset, current: boolean) {
  const survey = p.survey;
  return {
    key: p.key,
    label: p.label,
    description: p.description,
    current,
    planLabel: p.process.planLabel,
    maxGoalAreas: p.process.planRules.maxGoalAreas,
    dialogues: (p.yearWheel.dialogueTypes ?? []).map((t) => t.label),
    events: p.yearWheel.events.map((e) => ({ key: e.key, label: e.label, kind: e.kind, ...when(e) })),
    documents: { unit: document(p.process.reportDefinition), organiser: document(p.process.annualDefinition) },
    surveys: survey.questionSets.map((s) => ({
      key: s.key,
      label: s.label,
      respondents: RESPONDENTS[s.respondents ?? 'children'],
      questions: s.questions.length,
      schoolForms: Object.entries(survey.setBySchoolForm)
        .filter(([, key]) => key === s.key)
        .map(([form]) => SCHOOL_FORMS[form as SchoolForm]),
    })),
  };
}

import { DEFAULT_PROCESS_CONFIG } from './guideline-2024';
import { ANNUAL_FOLLOW_UP_2024 } from './guideline-2024';
import type { ReportDefinition } from '../report-definition';
import { DEFAULT_SURVEY_CONFIG, type SurveyConfig } from '../survey';
import { dialogueWindow, milestone, type ProcessPreset } from './preset';

const ASSIGNMENT_FOLLOW_UP: ReportDefinition = {
  type: 'assignmentFollowUp2011',
  label: 'Uppföljning av verksamhetsuppdraget',
  builtFrom: 'commitmentPlan',
  groups: [
    { key: 'results', label: 'Aktiviteter utifrån målen i verksamhetsuppdraget' },
    { key: 'basis', label: 'Underlag' },
    { key: 'analysis', label: 'Analys' },
  ],
  sections: [
    {
      key: 'activityResults',
      kind: 'perCommitment',
      group: 'results',
      label: 'Mål i verksamhetsuppdraget',
      fields: [
        { key: 'results', label: 'Resultat av aktiviteterna' },
        { key: 'effects', label: 'Måluppfyllelse' },
      ],
    },
    { key: 'surveyResults', kind: 'text', label: 'Elevers syn på verksamheten (TLD)', group: 'basis', basis: 'tldResults' },
    { key: 'statistics', kind: 'text', label: 'Betyg, nationella prov och nyckeltal', group: 'basis', basis: 'keyFigures' },
    { key: 'gradeAnalysis', kind: 'text', label: 'Analys av betyg och nationella prov', group: 'analysis', required: true },
    {
      key: 'surveyAnalysis',
      kind: 'text',
      label: 'Analys av elevers och vårdnadshavares syn på verksamheten',
      group: 'analysis',
      required: true,
    },
    { key: 'developmentNeeds', kind: 'list', label: 'Utvecklingsbehov', itemLabel: 'Utvecklingsbehov', required: true, group: 'analysis' },
  ],
};

const GUARDIAN_SURVEY: SurveyConfig = {
  ...DEFAULT_SURVEY_CONFIG,
  questionSets: [
    ...DEFAULT_SURVEY_CONFIG.questionSets,
    {
      key: 'vardnadshavare',
      label: 'Vårdnadshavarnas syn på verksamheten',
      respondents: 'guardians',
      scale: 'agree4',
      assisted: false,
      gradeBands: [],
      intro: 'Svara på hur du som vårdnadshavare ser på ditt barns förskola eller skola. Enkäten är anonym.',
      questions: [
        { id: 'vt1', area: 'T', text: 'Mitt barn känner sig tryggt i förskolan eller skolan.' },
        { id: 'vl1', area: 'L', text: 'Mitt barn får det stöd och de utmaningar det behöver.' },
        { id: 'vl2', area: 'L', text: 'Jag får veta hur det går för mitt barn.' },
        { id: 'vd1', area: 'D', text: 'Jag har möjlighet att vara delaktig och påverka.' },
      ],
    },
  ],
  guardianSet: 'vardnadshavare',
};

/** A monthly wheel: grade, resource and operational dialogues, tertial follow-up, surveys of students and guardians, publications. */
export const PRESET_2011: ProcessPreset = {
  key: '2011',
  label: '2011 års modell: verksamhetsuppdrag och månatligt årshjul',
  description:
    'Betygsdialoger i januari, uppföljning per tertial (april, augusti, december), resursdialoger i maj–juni, verksamhetsdialoger i november–december, enkäter till elever och vårdnadshavare i september–oktober, publikationer i januari, mars och augusti.',
  process: {
    planRules: { ...DEFAULT_PROCESS_CONFIG.planRules, maxGoalAreas: 5 },
    statusRules: DEFAULT_PROCESS_CONFIG.statusRules,
    reportDefinition: ASSIGNMENT_FOLLOW_UP,
    annualDefinition: { ...ANNUAL_FOLLOW_UP_2024, type: 'annualReport2011', label: 'Årsredovisning: systematiskt kvalitetsarbete' },
    planLabel: 'Verksamhetsuppdrag',
  },
  yearWheel: {
    dialogueTypes: [
      { key: 'gradeDialogue', label: 'Betygsdialog', grouping: 'schoolForm' },
      {
        key: 'resourceDialogue',
        label: 'Resursdialog',
        grouping: 'unit',
        brings: {
          document: 'plan',
          text: 'Ta med verksamhetsuppdraget och underlag om resurser.',
          linkTitle: 'Öppna verksamhetsuppdraget',
        },
      },
      {
        key: 'operationalDialogue',
        label: 'Verksamhetsdialog',
        grouping: 'unit',
        brings: { document: 'report', text: 'Ta med uppföljningen av verksamhetsuppdraget.', linkTitle: 'Öppna uppföljningen' },
      },
      { key: 'planningWorkshop', label: 'Workshop: planering av aktiviteter', grouping: 'all' },
      { key: 'resourceWorkshop', label: 'Workshop inför resursdialog', grouping: 'all' },
      { key: 'analysisWorkshop', label: 'Workshop: analys av resultat och måluppfyllelse', grouping: 'all' },
      { key: 'subjectGroups', label: 'Ämnesgrupper', grouping: 'all' },
    ],
    events: [
      dialogueWindow(
        'grade-dialogues',
        'gradeDialogue',
        'Betygsdialoger (rektorer för åk 6–9)',
        [1, 8],
        [1, 31],
        'Uppföljning av betygen med rektorer som ansvarar för årskurs 6–9.',
      ),
      milestone(
        'publication-surveys',
        'Publikation: elevers och vårdnadshavares syn på verksamheten',
        1,
        20,
        'Sammanställning av förra årets enkäter.',
      ),
      dialogueWindow(
        'planning-workshop',
        'planningWorkshop',
        'Workshop: planering av aktiviteter utifrån verksamhetsuppdraget',
        [1, 15],
        [1, 31],
        'Aktiviteter utifrån målen i verksamhetsuppdraget.',
      ),
      dialogueWindow(
        'subject-groups',
        'subjectGroups',
        'Ämnesgrupper: uppföljning av betyg och nationella prov',
        [2, 1],
        [2, 28],
        'Uppföljning på kommunnivå.',
      ),
      milestone('kalla-fakta', 'Publikation: Kalla fakta', 3, 15, 'Statistik om ekonomi, personal, lokaler och barn/elever.', [
        'principal',
        'organiser',
        'board',
      ]),
      dialogueWindow(
        'resource-workshop',
        'resourceWorkshop',
        'Workshop inför resursdialog',
        [5, 1],
        [5, 10],
        'Förberedelse inför resursdialogerna.',
      ),
      dialogueWindow(
        'resource-dialogues',
        'resourceDialogue',
        'Resursdialoger',
        [5, 11],
        [6, 20],
        'Förskolechefer och rektorer med förvaltningen.',
      ),
      milestone('goal-fulfilment', 'Publikation: Måluppfyllelse i fokus', 8, 20, 'Hur måluppfyllelsen har utvecklats på varje skola.', [
        'principal',
        'organiser',
        'board',
      ]),
      {
        key: 'student-survey',
        kind: 'surveyRound',
        label: 'Elevenkät',
        start: { month: 9, day: 15 },
        end: { month: 10, day: 15 },
        audience: ['principal', 'organiser'],
      },
      {
        key: 'guardian-survey',
        kind: 'surveyRound',
        label: 'Vårdnadshavarenkät',
        respondents: 'guardians',
        start: { month: 9, day: 15 },
        end: { month: 10, day: 15 },
        audience: ['principal', 'organiser'],
      },
      dialogueWindow(
        'analysis-workshop',
        'analysisWorkshop',
        'Workshop: analys av resultat och måluppfyllelse',
        [10, 10],
        [10, 31],
        'Inför nästa verksamhetsuppdrag.',
      ),
      dialogueWindow(
        'operational-dialogues',
        'operationalDialogue',
        'Verksamhetsdialoger',
        [11, 1],
        [12, 20],
        'Förskolechefer och rektorer om verksamheten.',
      ),
      {
        key: 'tertial-follow-up',
        kind: 'checkIn',
        label: 'Uppföljning av aktiviteterna per tertial',
        description: 'Uppföljning av aktiviteterna utifrån målen i verksamhetsuppdraget.',
        months: [4, 8, 12],
        day: 1,
        time: '09:00',
        skipIfFollowedUpWithinDays: 14,
        audience: ['principal'],
      },
    ],
  },
  survey: GUARDIAN_SURVEY,
};

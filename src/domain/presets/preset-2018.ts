import { DEFAULT_PROCESS_CONFIG } from './guideline-2024';
import { ANNUAL_FOLLOW_UP_2024 } from './guideline-2024';
import type { ReportDefinition } from '../report-definition';
import { DEFAULT_SURVEY_CONFIG } from '../survey';
import { dialogueWindow, milestone, type ProcessPreset } from './preset';

const QUALITY_FOLLOW_UP: ReportDefinition = {
  type: 'qualityFollowUp2018',
  label: 'Kvalitetsuppföljning',
  builtFrom: 'commitmentPlan',
  groups: [
    { key: 'results', label: 'Måluppfyllelse per mål i verksamhetsplanen' },
    { key: 'basis', label: 'Underlag' },
    { key: 'analysis', label: 'Analys av måluppfyllelsen', hint: 'Det enheten presenterar och diskuterar i kvalitetsuppföljningen.' },
  ],
  sections: [
    {
      key: 'goalResults',
      kind: 'perCommitment',
      label: 'Måluppfyllelse per mål',
      group: 'results',
      fields: [
        { key: 'results', label: 'Måluppfyllelse', hint: 'I vilken grad nåddes målet? Vad visar resultaten?' },
        { key: 'effects', label: 'Effekter för barn och elever' },
      ],
    },
    { key: 'tldResults', kind: 'text', label: 'TLD-resultat', group: 'basis', basis: 'tldResults' },
    { key: 'statistics', kind: 'text', label: 'Nyckeltal och statistik', group: 'basis', basis: 'keyFigures' },
    {
      key: 'goalAnalysis',
      kind: 'text',
      label: 'Analys av måluppfyllelsen',
      group: 'analysis',
      required: true,
      hint: 'Varför blev resultaten som de blev?',
    },
    {
      key: 'developmentNeeds',
      kind: 'list',
      label: 'Utvecklingsområden inför nästa verksamhetsplan',
      itemLabel: 'Utvecklingsområde',
      required: true,
      group: 'analysis',
    },
  ],
};

const ORGANISER_REPORT: ReportDefinition = {
  ...ANNUAL_FOLLOW_UP_2024,
  type: 'goalFulfilmentReport2018',
  label: 'Förvaltningens måluppfyllelse- och analysrapport',
};

/** Verksamhetsplaner written in organiser-led workshops; dialogue-based kvalitetsuppföljningar on goal fulfilment. */
export const PRESET_2018: ProcessPreset = {
  key: '2018',
  label: '2018 års modell: verksamhetsplaner och kvalitetsuppföljningar',
  description:
    'Enheterna skriver verksamhetsplaner i workshops som förvaltningen leder, och presenterar sin analys av måluppfyllelsen i dialogbaserade kvalitetsuppföljningar.',
  process: {
    planRules: { ...DEFAULT_PROCESS_CONFIG.planRules, maxGoalAreas: 5 },
    statusRules: DEFAULT_PROCESS_CONFIG.statusRules,
    reportDefinition: QUALITY_FOLLOW_UP,
    annualDefinition: ORGANISER_REPORT,
    planLabel: 'Verksamhetsplan',
  },
  yearWheel: {
    dialogueTypes: [
      {
        key: 'planWorkshop',
        label: 'Workshop om verksamhetsplanen',
        grouping: 'all',
        brings: { document: 'plan', text: 'Ta med utkastet till enhetens verksamhetsplan.', linkTitle: 'Öppna verksamhetsplanen' },
      },
      {
        key: 'qualityFollowUp',
        label: 'Kvalitetsuppföljning',
        grouping: 'schoolForm',
        brings: { document: 'report', text: 'Presentera enhetens analys av måluppfyllelsen.', linkTitle: 'Öppna kvalitetsuppföljningen' },
      },
    ],
    events: [
      dialogueWindow(
        'plan-workshops',
        'planWorkshop',
        'Workshoppar om verksamhetsplanerna',
        [8, 15],
        [9, 15],
        'Förvaltningen leder arbetet med enheternas verksamhetsplaner.',
      ),
      {
        key: 'plan-ready',
        kind: 'documentDeadline',
        label: 'Verksamhetsplanen klar',
        document: 'plan',
        requirement: 'readyForDialogue',
        date: { month: 9, day: 30 },
        time: '16:00',
        remindDaysBefore: [7, 1],
        audience: ['principal', 'organiser'],
      },
      dialogueWindow(
        'quality-follow-ups',
        'qualityFollowUp',
        'Kvalitetsuppföljningar',
        [5, 15],
        [6, 15],
        'Enheterna presenterar och diskuterar sin analys av måluppfyllelsen.',
      ),
      {
        key: 'follow-up-started',
        kind: 'documentDeadline',
        label: 'Kvalitetsuppföljningen påbörjad',
        document: 'report',
        requirement: 'started',
        date: { month: 5, day: 10 },
        time: '16:00',
        remindDaysBefore: [7],
        audience: ['principal', 'organiser'],
      },
      milestone(
        'goal-report',
        'Måluppfyllelse- och analysrapporten',
        9,
        30,
        'Förvaltningens rapport, byggd på enheternas kvalitetsuppföljningar.',
        ['organiser', 'board'],
      ),
      {
        key: 'student-survey',
        kind: 'surveyRound',
        label: 'Elevenkät',
        start: { month: 2, day: 1 },
        end: { month: 2, day: 28 },
        audience: ['principal', 'organiser'],
      },
    ],
  },
  survey: DEFAULT_SURVEY_CONFIG,
};

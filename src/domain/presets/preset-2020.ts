import { DEFAULT_PROCESS_CONFIG } from './guideline-2024';
import type { BasisSource, ReportDefinition, SectionDefinition } from '../report-definition';
import { DEFAULT_SURVEY_CONFIG } from '../survey';
import { dialogueWindow, milestone, type ProcessPreset } from './preset';

/** The common core: the same areas at every level, so units' assessments compare and aggregate. */
const CORE_AREAS = [
  { key: 'kunskaper', label: 'Kunskaper och lärande' },
  { key: 'normer', label: 'Normer, värden och trygghet' },
  { key: 'inflytande', label: 'Barns och elevers inflytande' },
  { key: 'undervisning', label: 'Undervisningens kvalitet' },
];

const UNIT_BASIS: Record<string, { basis?: BasisSource }> = { normer: { basis: 'tldResults' }, kunskaper: { basis: 'keyFigures' } };

function coreSections(level: 'unit' | 'organiser'): SectionDefinition[] {
  return CORE_AREAS.flatMap((a) => [
    // The unit's results sections take the basis on request: TLD under trygghet, key figures under kunskaper.
    {
      key: `${a.key}-resultat`,
      kind: 'text' as const,
      label: `${a.label}: resultat`,
      group: a.key,
      ...(level === 'unit' ? UNIT_BASIS[a.key] : {}),
    },
    {
      key: `${a.key}-analys`,
      kind: 'text' as const,
      label: `${a.label}: analys`,
      group: a.key,
      required: true,
      hint:
        level === 'unit'
          ? 'Samband mellan resultat, arbetssätt och förutsättningar: varför blev det så?'
          : 'Huvudmannens analys av enheternas samlade resultat.',
    },
    {
      key: `${a.key}-insatser`,
      kind: 'text' as const,
      label: `${a.label}: insatser`,
      group: a.key,
      hint: 'Vad görs nu, utifrån analysen?',
    },
  ]);
}

const UNIT_FOLLOW_UP: ReportDefinition = {
  type: 'unitFollowUp2020',
  label: 'Verksamhetsuppföljning',
  builtFrom: 'commitmentPlan',
  groups: [...CORE_AREAS.map((a) => ({ key: a.key, label: a.label })), { key: 'forward', label: 'Framåt' }],
  sections: [
    ...coreSections('unit'),
    { key: 'developmentNeeds', kind: 'list', label: 'Utvecklingsbehov', itemLabel: 'Utvecklingsbehov', required: true, group: 'forward' },
  ],
};

const ORGANISER_FOLLOW_UP: ReportDefinition = {
  type: 'organiserFollowUp2020',
  label: 'Huvudmannens verksamhetsuppföljning',
  builtFrom: 'unitDocuments',
  groups: [
    { key: 'results', label: 'Aggregerade och jämförande resultat' },
    ...CORE_AREAS.map((a) => ({ key: a.key, label: a.label })),
    { key: 'forward', label: 'Avvägningar och prioriteringar' },
  ],
  sections: [
    { key: 'unitDocuments', kind: 'generated', source: 'unitDocuments', label: 'Enheternas verksamhetsuppföljningar', group: 'results' },
    { key: 'unitAnalyses', kind: 'generated', source: 'unitAnalyses', label: 'Enheternas analyser per område', group: 'results' },
    { key: 'keyFigures', kind: 'generated', source: 'keyFigures', label: 'Nyckeltal per enhet', group: 'results' },
    { key: 'equityData', kind: 'generated', source: 'equity', label: 'Skillnader mellan enheterna', group: 'results' },
    ...coreSections('organiser'),
    { key: 'priorities', kind: 'list', label: 'Prioriteringar', itemLabel: 'Prioritering', group: 'forward', required: true },
  ],
};

/** A common core for unit and organiser; each unit writes a verksamhetsuppföljning; a dialogue with each principal on it. */
export const PRESET_2020: ProcessPreset = {
  key: '2020',
  label: '2020 års modell: gemensam kärnstruktur och verksamhetsuppföljning',
  description:
    'Samma områden på alla nivåer. Varje enhet skriver en verksamhetsuppföljning, huvudmannen sammanställer årligen och för dialog med varje rektor om enhetens uppföljning.',
  process: {
    planRules: { ...DEFAULT_PROCESS_CONFIG.planRules, maxGoalAreas: 4 },
    statusRules: DEFAULT_PROCESS_CONFIG.statusRules,
    reportDefinition: UNIT_FOLLOW_UP,
    annualDefinition: ORGANISER_FOLLOW_UP,
    planLabel: 'Verksamhetsplan',
  },
  yearWheel: {
    dialogueTypes: [
      {
        key: 'followUpDialogue',
        label: 'Dialog om verksamhetsuppföljningen',
        grouping: 'unit',
        brings: { document: 'report', text: 'Ta med enhetens verksamhetsuppföljning.', linkTitle: 'Öppna verksamhetsuppföljningen' },
      },
      { key: 'prioritiesDialogue', label: 'Dialog om resultat och utvecklingsbehov', grouping: 'all' },
    ],
    events: [
      {
        key: 'unit-follow-up-started',
        kind: 'documentDeadline',
        label: 'Verksamhetsuppföljningen påbörjad',
        description: 'Enhetens uppföljning ska vara påbörjad före dialogen med huvudmannen.',
        document: 'report',
        requirement: 'started',
        date: { month: 6, day: 10 },
        time: '16:00',
        remindDaysBefore: [14, 3],
        audience: ['principal', 'organiser'],
      },
      dialogueWindow(
        'follow-up-dialogues',
        'followUpDialogue',
        'Dialoger om enheternas verksamhetsuppföljning',
        [8, 20],
        [9, 30],
        'Huvudmannen för dialog med varje rektor utifrån enhetens verksamhetsuppföljning.',
      ),
      milestone(
        'organiser-follow-up',
        'Huvudmannens verksamhetsuppföljning klar',
        10,
        31,
        'Aggregerade och jämförande resultat och huvudmannens analys.',
        ['organiser', 'board'],
      ),
      dialogueWindow(
        'priorities-dialogue',
        'prioritiesDialogue',
        'Dialog om resultat och utvecklingsbehov',
        [11, 1],
        [11, 30],
        'Rektorer och huvudman om enheternas utmaningar och huvudmannens prioriteringar.',
      ),
      {
        key: 'board-report',
        kind: 'boardMeeting',
        label: 'Nämnden: verksamhetsuppföljningen',
        date: { month: 12, day: 10 },
        time: '18:00',
        audience: ['organiser', 'board'],
      },
      {
        key: 'student-survey',
        kind: 'surveyRound',
        label: 'Elevenkät',
        start: { month: 3, day: 1 },
        end: { month: 3, day: 31 },
        audience: ['principal', 'organiser'],
      },
    ],
  },
  survey: DEFAULT_SURVEY_CONFIG,
};

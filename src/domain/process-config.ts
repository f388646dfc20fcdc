import { DEFAULT_STATUS_RULES, type StatusRules } from './document-lifecycle';
import { ANNUAL_FOLLOW_UP_2024, YEAR_REPORT_2024, type ReportDefinition } from './report';
import type { Curriculum } from './school-forms';

export interface GoalAreaDefinition {
  key: string;
  label: string;
}

export interface PlanRules {
  /** Goal areas that every plan of that curriculum must prioritise ("Kunskaper är alltid prioriterat"). */
  requiredGoalAreas: Record<Curriculum, string[]>;
  /** At most this many prioritised goal areas in all, required ones included. */
  maxGoalAreas: number;
}

/** The board's own goals (nämndens mål) that units' commitments can serve. */
export interface BoardGoal {
  id: string;
  title: string;
}

/** The organiser's process configuration. Stored as data; these are the 2024 guideline's defaults. */
export interface ProcessConfig {
  municipalityName: string;
  goalAreas: Record<Curriculum, GoalAreaDefinition[]>;
  planRules: PlanRules;
  statusRules: StatusRules;
  boardGoals: BoardGoal[];
  /** The unit's yearly document (Läsårsrapport in 2024; verksamhetsuppföljning, kvalitetsuppföljning elsewhere). */
  reportDefinition: ReportDefinition;
  /** The organiser's yearly document, built from the units. */
  annualDefinition: ReportDefinition;
  /** What the unit's plan is called (Åtagandeplan, Verksamhetsplan, Verksamhetsuppdrag). */
  planLabel: string;
}

const LGR22: GoalAreaDefinition[] = [
  { key: 'normer-och-varden', label: 'Normer och värden' },
  { key: 'kunskaper', label: 'Kunskaper' },
  { key: 'elevernas-ansvar-och-inflytande', label: 'Elevernas ansvar och inflytande' },
  { key: 'skola-och-hem', label: 'Skola och hem' },
  { key: 'overgang-och-samverkan', label: 'Övergång och samverkan' },
  { key: 'skolan-och-omvarlden', label: 'Skolan och omvärlden' },
  { key: 'bedomning-och-betyg', label: 'Bedömning och betyg' },
  { key: 'rektorns-ansvar', label: 'Rektorns ansvar' },
];

const LPFO18: GoalAreaDefinition[] = [
  { key: 'normer-och-varden', label: 'Normer och värden' },
  { key: 'omsorg-utveckling-och-larande', label: 'Omsorg, utveckling och lärande' },
  { key: 'barns-delaktighet-och-inflytande', label: 'Barns delaktighet och inflytande' },
  { key: 'forskola-och-hem', label: 'Förskola och hem' },
  { key: 'overgang-kontinuitet-och-samverkan', label: 'Övergång, kontinuitet och samverkan' },
  { key: 'uppfoljning-utvardering-och-utveckling', label: 'Uppföljning, utvärdering och utveckling' },
  { key: 'rektorns-ansvar', label: 'Rektorns ansvar' },
];

const GY11: GoalAreaDefinition[] = [
  { key: 'normer-och-varden', label: 'Normer och värden' },
  { key: 'kunskaper', label: 'Kunskaper' },
  { key: 'elevernas-ansvar-och-inflytande', label: 'Elevernas ansvar och inflytande' },
  { key: 'utbildningsval-arbete-och-samhallsliv', label: 'Utbildningsval – arbete och samhällsliv' },
  { key: 'bedomning-och-betyg', label: 'Bedömning och betyg' },
  { key: 'rektorns-ansvar', label: 'Rektorns ansvar' },
];

export const DEFAULT_PROCESS_CONFIG: ProcessConfig = {
  municipalityName: 'Sjöviks kommun',
  goalAreas: { lgr22: LGR22, lpfo18: LPFO18, gy11: GY11 },
  planRules: {
    // Preschool's curriculum has no "Kunskaper"; its counterpart is "Omsorg, utveckling och lärande".
    requiredGoalAreas: { lgr22: ['kunskaper'], gy11: ['kunskaper'], lpfo18: ['omsorg-utveckling-och-larande'] },
    maxGoalAreas: 3,
  },
  statusRules: DEFAULT_STATUS_RULES,
  boardGoals: [
    { id: 'bg-kunskap', title: 'Alla barn och elever utvecklas så långt som möjligt mot utbildningens mål' },
    { id: 'bg-trygghet', title: 'Alla barn och elever känner sig trygga och har studiero' },
    { id: 'bg-inflytande', title: 'Barn och elever har inflytande över sin utbildning' },
    { id: 'bg-kompetens', title: 'Verksamheten har behöriga och kompetenta medarbetare' },
  ],
  reportDefinition: YEAR_REPORT_2024,
  annualDefinition: ANNUAL_FOLLOW_UP_2024,
  planLabel: 'Åtagandeplan',
};

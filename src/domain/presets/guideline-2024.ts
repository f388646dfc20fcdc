/**
 * The 2024 guideline's data: goal areas per curriculum, plan rules, board goals, and the unit's and the
 * organiser's yearly documents. Data, not rules: the rule modules import only types, so src/domain has
 * no import cycle (a test checks).
 */
import { DEFAULT_STATUS_RULES } from '../document-lifecycle';
import type { GoalAreaDefinition, ProcessConfig } from '../process-config';
import type { ReportDefinition } from '../report-definition';

/** Läsårsrapport as in the 2024 guideline: results and effects per commitment, the analysis by quality dimension. */
export const YEAR_REPORT_2024: ReportDefinition = {
  type: 'yearReport',
  label: 'Läsårsrapport',
  builtFrom: 'commitmentPlan',
  groups: [
    { key: 'results', label: 'Resultat och effekter av läsårets åtaganden' },
    { key: 'basis', label: 'Underlag' },
    {
      key: 'analysis',
      label: 'Analys av helheten',
      hint: 'Analysera orsaker, inte bara vad som hänt: varför blev det så? Utgå från ramfaktorteorins tre kvalitetsdimensioner.',
    },
    { key: 'forward', label: 'Framåt' },
  ],
  sections: [
    {
      key: 'commitmentResults',
      kind: 'perCommitment',
      label: 'Resultat och effekter per åtagande',
      group: 'results',
      fields: [
        { key: 'results', label: 'Resultat', hint: 'Vad blev resultatet av aktiviteterna?' },
        { key: 'effects', label: 'Effekter för barn och elever', hint: 'Ledde det till de tänkta effekterna? Hur vet ni det?' },
      ],
    },
    {
      key: 'tldResults',
      kind: 'text',
      label: 'TLD-resultat',
      group: 'basis',
      basis: 'tldResults',
      hint: 'Trygghet, lärande och delaktighet: vad visar mätningarna i oktober och april?',
    },
    {
      key: 'statistics',
      kind: 'text',
      label: 'Statistik och andra resultat',
      group: 'basis',
      basis: 'keyFigures',
      hint: 'Betyg, nationella prov, närvaro, personal.',
    },
    {
      key: 'analysisStructure',
      kind: 'text',
      label: 'Strukturkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Förutsättningarna: organisation, resurser, personalens kompetens, lokaler. Hur har de påverkat resultaten?',
    },
    {
      key: 'analysisProcess',
      kind: 'text',
      label: 'Processkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Arbetet: undervisningen, ledarskapet, samarbetet. Vad i hur ni arbetat förklarar resultaten?',
    },
    {
      key: 'analysisResult',
      kind: 'text',
      label: 'Resultatkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Resultaten i förhållande till målen: vad uppnåddes, för vilka, och varför?',
    },
    {
      key: 'developmentNeeds',
      kind: 'list',
      label: 'Utvecklingsbehov',
      itemLabel: 'Utvecklingsbehov',
      required: true,
      group: 'forward',
      hint: 'Det som tas vidare till nästa läsårs åtagandeplan.',
    },
  ],
};

/** Huvudmannens verksamhetsuppföljning (2024 guideline): built from every unit, with the organiser's own analysis. */
export const ANNUAL_FOLLOW_UP_2024: ReportDefinition = {
  type: 'annualFollowUp',
  label: 'Huvudmannens verksamhetsuppföljning',
  builtFrom: 'unitDocuments',
  groups: [
    { key: 'results', label: 'Resultat för alla enheter', hint: 'Samma områden på alla nivåer, så att enheterna kan jämföras.' },
    { key: 'units', label: 'Enheternas analyser och utvecklingsbehov' },
    {
      key: 'analysis',
      label: 'Huvudmannens analys',
      hint: 'Analysera orsaker på huvudmannanivå: vilka förutsättningar, arbetssätt och resultat förklarar bilden?',
    },
    { key: 'childRights', label: 'Barnrättsperspektiv och likvärdighet' },
    { key: 'forward', label: 'Prioriteringar' },
  ],
  sections: [
    { key: 'unitDocuments', kind: 'generated', source: 'unitDocuments', label: 'Enheternas dokument', group: 'results' },
    { key: 'tldResults', kind: 'generated', source: 'tldResults', label: 'TLD-resultat per skolform', group: 'results' },
    { key: 'keyFigures', kind: 'generated', source: 'keyFigures', label: 'Nyckeltal per enhet', group: 'results' },
    { key: 'resultsComment', kind: 'text', label: 'Kommentar till resultaten', group: 'results' },
    { key: 'unitAnalyses', kind: 'generated', source: 'unitAnalyses', label: 'Sammandrag av enheternas analyser', group: 'units' },
    { key: 'unitNeeds', kind: 'generated', source: 'developmentNeeds', label: 'Enheternas utvecklingsbehov', group: 'units' },
    {
      key: 'analysisStructure',
      kind: 'text',
      label: 'Strukturkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Resurser, organisation, kompetens och lokaler hos huvudmannen och enheterna.',
    },
    {
      key: 'analysisProcess',
      kind: 'text',
      label: 'Processkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Hur undervisning, ledarskap och samverkan fungerar i styrkedjan.',
    },
    {
      key: 'analysisResult',
      kind: 'text',
      label: 'Resultatkvalitet',
      group: 'analysis',
      required: true,
      hint: 'Måluppfyllelse i förhållande till nationella mål och nämndens mål, och varför.',
    },
    {
      key: 'childRights',
      kind: 'text',
      label: 'Barnrättsperspektiv',
      group: 'childRights',
      required: true,
      hint: 'Hur barnets bästa har beaktats (barnkonventionen är svensk lag sedan 2020) och vad barnen själva har sagt, t.ex. i TLD.',
    },
    {
      key: 'childImpactAssessment',
      kind: 'text',
      label: 'Barnkonsekvensanalys',
      group: 'childRights',
      hint: 'Där huvudmannen bedömer att en behövs: vilka barn berörs, hur, och vilka alternativ övervägdes?',
    },
    { key: 'equityData', kind: 'generated', source: 'equity', label: 'Skillnader mellan enheterna', group: 'childRights' },
    {
      key: 'equity',
      kind: 'text',
      label: 'Likvärdighet',
      group: 'childRights',
      required: true,
      hint: 'Var skiljer sig barnens och elevernas möjligheter åt mellan enheterna, och varför?',
    },
    {
      key: 'priorities',
      kind: 'list',
      label: 'Prioriteringar inför nästa läsår',
      itemLabel: 'Prioritering',
      group: 'forward',
      required: true,
    },
  ],
};

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

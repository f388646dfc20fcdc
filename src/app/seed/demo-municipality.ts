/** Sjöviks kommun: a fictional municipality for local runs, demos and tests. */
import type { AppRole, UnitRole } from '../../domain/identity';
import type { FollowUpStatus } from '../../domain/plan';
import { curriculumOf, type SchoolForm } from '../../domain/school-forms';
import type { SuccessFactor } from '../../domain/success-factors';

export interface DemoUnit {
  ref: string;
  name: string;
  schoolForm: SchoolForm;
  schoolUnitCode: string;
  koladaId: string;
}

export interface DemoPerson {
  ref: string;
  displayName: string;
  email: string;
  appRoles: AppRole[];
  units: [unitRef: string, role: UnitRole][];
}

export const DEMO_UNITS: DemoUnit[] = [
  { ref: 'bjorkskolan', name: 'Björkskolan', schoolForm: 'compulsoryF6', schoolUnitCode: '81234561', koladaId: 'V15E900100101' },
  { ref: 'larkan', name: 'Lärkans förskola', schoolForm: 'preschool', schoolUnitCode: '81234562', koladaId: 'V11E900100102' },
  { ref: 'solrosen', name: 'Solrosens förskola', schoolForm: 'preschool', schoolUnitCode: '81234563', koladaId: 'V11E900100103' },
  { ref: 'ekorren', name: 'Ekorrens förskola', schoolForm: 'preschool', schoolUnitCode: '81234564', koladaId: 'V11E900100104' },
  { ref: 'havsorn', name: 'Havsörnens förskola', schoolForm: 'preschool', schoolUnitCode: '81234565', koladaId: 'V11E900100105' },
  { ref: 'strandangen', name: 'Strandängens förskola', schoolForm: 'preschool', schoolUnitCode: '81234566', koladaId: 'V11E900100106' },
  { ref: 'asen', name: 'Åsens skola', schoolForm: 'compulsoryF3', schoolUnitCode: '81234567', koladaId: 'V15E900100107' },
  { ref: 'kvarnby', name: 'Kvarnbyskolan', schoolForm: 'compulsory46', schoolUnitCode: '81234568', koladaId: 'V15E900100108' },
  { ref: 'norrbacka', name: 'Norrbackaskolan', schoolForm: 'compulsoryF6', schoolUnitCode: '81234569', koladaId: 'V15E900100109' },
  { ref: 'sjoviksskolan', name: 'Sjöviksskolan', schoolForm: 'compulsory79', schoolUnitCode: '81234570', koladaId: 'V15E900100110' },
  { ref: 'tallidens', name: 'Tallidens skola', schoolForm: 'adaptedCompulsory', schoolUnitCode: '81234571', koladaId: 'V15E900100111' },
  {
    ref: 'sjovikgymnasium',
    name: 'Sjöviks gymnasium',
    schoolForm: 'upperSecondary',
    schoolUnitCode: '81234572',
    koladaId: 'V17E900100112',
  },
  { ref: 'vasagymnasiet', name: 'Vasagymnasiet', schoolForm: 'upperSecondary', schoolUnitCode: '81234573', koladaId: 'V17E900100113' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    ref: 'anna',
    displayName: 'Anna Berg',
    email: 'anna.berg@sjovik.example',
    appRoles: [],
    units: [
      ['bjorkskolan', 'principal'],
      ['larkan', 'principal'],
    ],
  },
  { ref: 'johan', displayName: 'Johan Ek', email: 'johan.ek@sjovik.example', appRoles: [], units: [['sjoviksskolan', 'principal']] },
  {
    ref: 'leila',
    displayName: 'Leila Haddad',
    email: 'leila.haddad@sjovik.example',
    appRoles: [],
    units: [
      ['solrosen', 'principal'],
      ['ekorren', 'principal'],
    ],
  },
  {
    ref: 'mats',
    displayName: 'Mats Nilsson',
    email: 'mats.nilsson@sjovik.example',
    appRoles: [],
    units: [
      ['asen', 'principal'],
      ['kvarnby', 'principal'],
    ],
  },
  { ref: 'sofia', displayName: 'Sofia Lind', email: 'sofia.lind@sjovik.example', appRoles: [], units: [['norrbacka', 'principal']] },
  {
    ref: 'karin',
    displayName: 'Karin Holm',
    email: 'karin.holm@sjovik.example',
    appRoles: [],
    units: [
      ['havsorn', 'principal'],
      ['strandangen', 'principal'],
    ],
  },
  { ref: 'peter', displayName: 'Peter Sjöberg', email: 'peter.sjoberg@sjovik.example', appRoles: [], units: [['tallidens', 'principal']] },
  { ref: 'elin', displayName: 'Elin Strand', email: 'elin.strand@sjovik.example', appRoles: [], units: [['sjovikgymnasium', 'principal']] },
  { ref: 'omar', displayName: 'Omar Farah', email: 'omar.farah@sjovik.example', appRoles: [], units: [['vasagymnasiet', 'principal']] },
  { ref: 'lisa', displayName: 'Lisa Ström', email: 'lisa.strom@sjovik.example', appRoles: [], units: [['bjorkskolan', 'staff']] },
  { ref: 'ahmed', displayName: 'Ahmed Ali', email: 'ahmed.ali@sjovik.example', appRoles: [], units: [['bjorkskolan', 'staff']] },
  { ref: 'fredrik', displayName: 'Fredrik Ahl', email: 'fredrik.ahl@sjovik.example', appRoles: [], units: [['sjoviksskolan', 'staff']] },
  { ref: 'erik', displayName: 'Erik Lund', email: 'erik.lund@sjovik.example', appRoles: ['organiser'], units: [] },
  { ref: 'helena', displayName: 'Helena Wik', email: 'helena.wik@sjovik.example', appRoles: ['organiser'], units: [] },
  { ref: 'maria', displayName: 'Maria Sandberg', email: 'maria.sandberg@sjovik.example', appRoles: ['board'], units: [] },
  { ref: 'tomas', displayName: 'Tomas Berg', email: 'tomas.berg@sjovik.example', appRoles: ['admin'], units: [] },
];

export interface DemoCommitment {
  goalArea: string;
  title: string;
  description: string;
  intendedEffects: string;
  boardGoalIds?: string[];
  successFactors?: SuccessFactor[];
  activities: { title: string; expectedResult: string; outcome?: string }[];
  followUps: { monthOffset: number; status: FollowUpStatus; note: string }[];
}

/** Plan content by curriculum, varied a little per unit so the demo does not look copied. */
export const DEMO_SCHOOL_COMMITMENTS: DemoCommitment[] = [
  {
    goalArea: 'kunskaper',
    title: 'Läsförståelse i alla ämnen',
    description: 'Vi arbetar med gemensamma lässtrategier och modellerad läsning i alla ämnen, inte bara i svenska.',
    intendedEffects: 'Fler elever förstår och kan använda ämnestexter; andelen elever med godtagbara kunskaper i läsförståelse ökar.',
    boardGoalIds: ['bg-kunskap'],
    successFactors: ['professionalDevelopment', 'qualityWork'],
    activities: [
      {
        title: 'Kollegialt lärande om lässtrategier',
        expectedResult: 'Alla lärare använder minst två gemensamma lässtrategier i sin undervisning.',
      },
      {
        title: 'Screening av läsförståelse i oktober och april',
        expectedResult: 'Vi ser vilka elever som behöver extra anpassningar i tid.',
      },
    ],
    followUps: [
      { monthOffset: 2, status: 'onTrack', note: 'Alla arbetslag har haft första träffen. Lässtrategierna syns i lektionsbesöken.' },
      { monthOffset: 4, status: 'atRisk', note: 'Screeningen visar att åk 4 behöver mer stöd. Specialpedagogen förstärker där.' },
    ],
  },
  {
    goalArea: 'normer-och-varden',
    title: 'Trygghet på raster',
    description: 'Vi organiserar rastverksamheten med vuxna på utsatta platser och planerade aktiviteter.',
    intendedEffects: 'Eleverna känner sig trygga på rasterna; färre kränkningsanmälningar från skolgården.',
    boardGoalIds: ['bg-trygghet'],
    successFactors: ['health', 'trust'],
    activities: [{ title: 'Rastvärdsschema med aktiviteter', expectedResult: 'Vuxna finns där eleverna säger att de känner sig otrygga.' }],
    followUps: [{ monthOffset: 3, status: 'onTrack', note: 'TLD i oktober: trygghet på rasten har ökat jämfört med i våras.' }],
  },
];

export const DEMO_PRESCHOOL_COMMITMENTS: DemoCommitment[] = [
  {
    goalArea: 'omsorg-utveckling-och-larande',
    title: 'Språkutvecklande förhållningssätt',
    description: 'Vi benämner, samtalar och läser dagligen med barnen i små grupper.',
    intendedEffects: 'Barnen utvecklar ett rikare ordförråd och vågar uttrycka sig i grupp.',
    boardGoalIds: ['bg-kunskap', 'bg-inflytande'],
    successFactors: ['professionalDevelopment'],
    activities: [{ title: 'Högläsning i små grupper varje dag', expectedResult: 'Alla barn får delta i samtal om en bok varje vecka.' }],
    followUps: [{ monthOffset: 2, status: 'onTrack', note: 'Läsgrupperna är igång på alla avdelningar.' }],
  },
];

/** The demo commitments a unit of this school form writes (preschool ones under Lpfö 18). */
export function demoContentOf(schoolForm: SchoolForm): DemoCommitment[] {
  return curriculumOf(schoolForm) === 'lpfo18' ? DEMO_PRESCHOOL_COMMITMENTS : DEMO_SCHOOL_COMMITMENTS;
}

/** Demo commitments as a plan's start takes them (its commitments and activities). */
export function commitmentSeeds(commitments: DemoCommitment[]) {
  return commitments.map((c) => ({
    goalAreaKey: c.goalArea,
    title: c.title,
    description: c.description,
    intendedEffects: c.intendedEffects,
    boardGoalIds: c.boardGoalIds,
    successFactors: c.successFactors,
    activities: c.activities,
  }));
}

/**
 * Response shapes of the organiser's API and the shared views beside the unit documents
 * (overview, statistics, annual follow-up, intranet, TLD, year wheel, dialogues). They mirror
 * src/http/routes/*.ts; the tab never imports server code.
 */
import type { DocumentStatus, FollowUpStatus, ListEntry, Transition } from './types';

// Översikt

export type TrendDirection = 'better' | 'worse' | 'flat' | 'none';
export type TldArea = 'T' | 'L' | 'D';
export type TldIndex = Partial<Record<TldArea, number | null>>;

export interface OverviewUnit {
  unit: { id: string; name: string; schoolForm: string; schoolFormLabel: string };
  plan: { status: DocumentStatus; goalAreas: string[]; commitments: number; byStatus: Record<FollowUpStatus | 'none', number> } | null;
  report: { status: DocumentStatus } | null;
  /** YYYY-MM-DD */
  lastFollowUp: string | null;
  daysSinceFollowUp: number | null;
  tld: { roundId: string; label: string; answers: number; responseRate: number | null; shown: boolean; index: TldIndex | null }[];
  keyFigures: { kpiId: string; label: string; hasData: boolean; values: { year: number; value: number }[]; direction: TrendDirection }[];
}

export interface Overview {
  schoolYear: string;
  units: OverviewUnit[];
  goalAreas: { key: string; label: string; units: number }[];
  boardGoals: { id: string; title: string; unitIds: string[] }[];
  successFactors: { key: string; label: string; commitments: number }[];
  rounds: { id: string; label: string; schoolYear: string }[];
}

// Statistik

export interface Kpi {
  id: string;
  label: string;
  unit: '%' | 'poäng' | 'antal';
  higherIsBetter: boolean;
}

export interface UnitKeyFigure {
  kpi: Kpi;
  hasData: boolean;
  /** The last three years, oldest first. */
  values: { year: number; value: number }[];
  direction: TrendDirection;
  latest: { year: number; value: number } | null;
  municipality: number | null;
  national: number | null;
}

export interface ImportPreview {
  columns: string[];
  rowCount: number;
  sample: { line: number; cells: Record<string, string> }[];
  suggested: Partial<{ unit: string; year: string; kpi: string; value: string; values: Record<string, string> }>;
  kpis: { id: string; label: string }[];
}

export type UnitMatch = 'schoolUnitCode' | 'name' | 'koladaId';

export type ImportMapping =
  | { format: 'wide'; unit: string; year: string; values: Record<string, string>; unitMatch: UnitMatch }
  | { format: 'long'; unit: string; year: string; kpi: string; value: string; unitMatch: UnitMatch };

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skippedUnits?: string[];
}

export interface ImportProblem {
  line: number;
  message: string;
}

// Huvudmannens verksamhetsuppföljning

export type AnnualSectionDefinition =
  | { key: string; kind: 'text'; label: string; hint?: string; required?: boolean; group?: string }
  | { key: string; kind: 'list'; label: string; hint?: string; required?: boolean; group?: string; itemLabel: string }
  | { key: string; kind: 'generated'; label: string; hint?: string; required?: boolean; group?: string; source?: string };

export interface GeneratedTable {
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
}

export interface AnnualDocument {
  document: { id: string; schoolYear: string; status: DocumentStatus; content: Record<string, string | ListEntry[] | unknown> };
  etag: string;
  modified: string;
  definition: { type: string; label: string; groups: { key: string; label: string; hint?: string }[]; sections: AnnualSectionDefinition[] };
  generated: Record<string, GeneratedTable>;
  missing: string[];
  canEdit: boolean;
  transitions: Transition[];
}

// Intranät

export type PageKind = 'plan' | 'report' | 'annualFollowUp' | 'yearWheel';

export interface PublishedPage {
  slug: string;
  url: string;
  title: string;
  kind: PageKind;
  schoolYear: string;
  publishedAt: string;
}

export interface PublishResult {
  slug: string;
  url: string;
  title: string;
}

// TLD

export type RoundStatus = 'planned' | 'open' | 'closed';
export type HiddenReason = 'fewAnswers' | 'lowResponseRate' | 'protectsOthers';

export interface SurveyRound {
  id: string;
  schoolYear: string;
  period: 'autumn' | 'spring';
  /** Children (TLD) by default; some municipalities also ask guardians. */
  respondents?: 'children' | 'guardians';
  label: string;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
}

export interface SurveyLink {
  code: string;
  roundId: string;
  unitId: string;
  studentCount: number | null;
  url: string;
}

export interface QuestionResult {
  id: string;
  area: TldArea;
  text: string;
  distribution: Record<string, number>;
  answered: number;
  /** 0–100, one decimal; null when nobody answered it. */
  positiveShare: number | null;
}

export interface GroupResult {
  answers: number;
  shown: boolean;
  hiddenReason?: HiddenReason;
  questions?: QuestionResult[];
  index?: TldIndex;
}

export interface UnitRoundResult extends GroupResult {
  unitId: string;
  unitName: string;
  schoolForm: string;
  students: number | null;
  responseRate: number | null;
  bands: (GroupResult & { band: string })[];
}

export interface UnitSurveyResults {
  rounds: { round: SurveyRound; unit: UnitRoundResult; schoolForm?: GroupResult; total?: GroupResult }[];
}

export interface RoundResults {
  round: SurveyRound;
  questionSetKeys: string[];
  units: UnitRoundResult[];
  totals: (GroupResult & { questionSet: string; label: string })[];
  schoolForms: (GroupResult & { schoolForm: string; label: string })[];
  minAnswers: number;
}

export interface SurveyConfigSummary {
  minAnswers: number;
  minResponseRate: number;
}

// Årshjul

export type WheelEventKind = 'dialogueWindow' | 'surveyRound' | 'documentDeadline' | 'boardMeeting' | 'milestone' | 'checkIn';
export type WheelAudience = 'principal' | 'staff' | 'organiser' | 'board';

export interface MonthDay {
  month: number;
  day: number;
}

interface WheelEventBase {
  key: string;
  label: string;
  description?: string;
  audience: WheelAudience[];
}

/** An event as the organiser keeps it: month and day, the school year gives the calendar year. */
export type WheelEvent =
  | (WheelEventBase & { kind: 'dialogueWindow'; dialogueKind: DialogueKind; start: MonthDay; end: MonthDay; remindDaysBefore: number[] })
  | (WheelEventBase & { kind: 'surveyRound'; start: MonthDay; end: MonthDay })
  | (WheelEventBase & { kind: 'documentDeadline'; document: 'plan' | 'report'; requirement: 'readyForDialogue' | 'started'; date: MonthDay; time: string; remindDaysBefore: number[] })
  | (WheelEventBase & { kind: 'boardMeeting'; date: MonthDay; time: string })
  | (WheelEventBase & { kind: 'milestone'; date: MonthDay; time: string })
  | (WheelEventBase & { kind: 'checkIn'; months: number[]; day: number; time: string; skipIfFollowedUpWithinDays: number });

/** A kind of dialogue as the organiser's process names it (the 2024 guideline: conditions, process, results). */
export interface DialogueType {
  key: string;
  label: string;
  /** Principals of one school form together, or one unit with its staff. */
  grouping: 'schoolForm' | 'unit';
  brings?: { document: 'plan' | 'report'; text: string; linkTitle: string };
}

export interface YearWheel {
  events: WheelEvent[];
  /** Absent: the 2024 guideline's three dialogues. */
  dialogueTypes?: DialogueType[];
}

export interface StoredYearWheel {
  wheel: YearWheel;
  isDefault: boolean;
  etag?: string;
  /** The dialogue types in effect: the wheel's own, else the default ones (the server decides). */
  dialogueTypes: DialogueType[];
}

/** An event of one school year with its dates. */
export interface ResolvedEvent {
  key: string;
  kind: WheelEventKind;
  label: string;
  description?: string;
  audience: string[];
  start: string;
  end: string;
  /** Swedish dates, inclusive. */
  startDate: string;
  endDate: string;
  time?: string;
  dialogueKind?: DialogueKind;
  document?: 'plan' | 'report';
  requirement?: string;
}

export interface DueForMe {
  schoolYear: string;
  now: string;
  upcoming: ResolvedEvent[];
  invitations: DialogueInvitationView[];
  documents: { eventKey: string; label: string; deadline: string; deadlineDate: string; unitId: string; unitName: string; document: 'plan' | 'report'; status: DocumentStatus | null }[];
}

export interface WheelProblem {
  key: string;
  message: string;
}

// Dialoger

/** A dialogue type's key: 'conditions', 'process', 'results' by default; other processes name their own. */
export type DialogueKind = string;
export type DialogueAnswer = 'pending' | 'accepted' | 'declined' | 'otherTime';
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'noReference' | 'skipped' | 'notQueued';

export interface ProposedGroup {
  name: string;
  schoolForm: string;
  unitIds: string[];
  principalIds: string[];
  staffIds: string[];
  note?: string;
}

export interface DialogueProposal {
  kind: DialogueKind;
  groups: ProposedGroup[];
  unassigned: { unitId: string; unitName: string; reason: string }[];
  windowStart: string;
  windowEnd: string;
}

export interface DialogueGroup {
  id: string;
  name: string;
  schoolForm: string;
  unitIds: string[];
  staffIds: string[];
  start: string;
  end: string;
  place: string;
  meetingUrl: string;
}

export interface DialogueRound {
  id: string;
  etag: string;
  schoolYear: string;
  kind: DialogueKind;
  kindLabel: string;
  title: string;
  windowStart: string;
  windowEnd: string;
  place: string;
  meetingUrl: string;
  organiserRepIds: string[];
  invitedAt: string;
  groups: DialogueGroup[];
}

export interface GroupInput {
  name: string;
  unitIds: string[];
  staffIds?: string[];
  start?: string;
  end?: string;
  place?: string;
  meetingUrl?: string;
}

export interface RoundInput {
  kind: DialogueKind;
  schoolYear: string;
  title?: string;
  windowStart?: string;
  windowEnd?: string;
  place?: string;
  meetingUrl?: string;
  organiserRepIds?: string[];
  groups?: GroupInput[];
}

export interface InvitationSummary {
  invitations: number;
  queued: number;
  alreadyQueued: number;
  withoutConversation: { personId: string; displayName: string }[];
}

export interface AnswersOverview {
  round: DialogueRound;
  groups: {
    group: DialogueGroup;
    invitees: {
      invitationId: string;
      personId: string;
      displayName: string;
      role: 'principal' | 'staff' | 'organiser';
      units: { unitId: string; name: string; documentStatus: DocumentStatus | null; documentStatusLabel: string }[];
      answer: DialogueAnswer;
      answerLabel: string;
      answerNote: string;
      answeredAt: string;
      delivery: DeliveryState;
      deliveryProblem: string;
    }[];
  }[];
  counts: Record<DialogueAnswer, number>;
}

export interface DialogueInvitationView {
  invitationId: string;
  dialogueKind: DialogueKind;
  kindLabel: string;
  roundTitle: string;
  groupName: string;
  when: string;
  start: string;
  end: string;
  place: string;
  meetingUrl: string;
  participants: { name: string; detail: string }[];
  bring?: { text: string; links: { title: string; url: string }[] };
  calendarUrl: string;
  answer: DialogueAnswer;
  answerLabel: string;
  answerNote: string;
  canAnswer: boolean;
}

export interface DialogueNote {
  id: string;
  etag: string;
  unitId: string;
  schoolYear: string;
  kind: DialogueKind;
  kindLabel: string;
  roundId: string;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  modified: string;
  canEdit: boolean;
}

export interface OutboxOverview {
  counts: Record<string, number>;
  inDoubt: number;
  failed: { id: string; personId: string; personName: string; kind: string; reason: string; message: string; attempts: number; at: string }[];
  withoutConversation: { personId: string; personName: string; email: string; items: number }[];
}

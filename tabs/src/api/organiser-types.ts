/**
 * The organiser's API and the shared views beside the unit documents (overview, statistics, annual
 * follow-up, intranet, TLD, year wheel, dialogues): types only, inferred from src/contract.
 */
export type {
  AnnualDocument,
  AnnualSectionDefinition,
  GeneratedTable,
  OutboxOverview,
  Overview,
  OverviewUnit,
  PageKind,
  PublishedPage,
  PublishResult,
} from '../../../src/contract/organiser';
export type {
  ImportMapping,
  ImportPreview,
  ImportProblem,
  ImportResult,
  Kpi,
  TrendDirection,
  UnitKeyFigure,
  UnitMatch,
} from '../../../src/contract/statistics';
export type {
  GroupResult,
  HiddenReason,
  QuestionResult,
  RoundResults,
  RoundStatus,
  SurveyConfigSummary,
  SurveyLinkView as SurveyLink,
  SurveyRound,
  TldArea,
  TldIndex,
  UnitRoundResult,
  UnitSurveyResults,
} from '../../../src/contract/surveys';
export type {
  DialogueType,
  DueForMe,
  MonthDay,
  ResolvedEvent,
  YearWheelView as StoredYearWheel,
  WheelAudience,
  WheelEvent,
  WheelEventKind,
  WheelProblem,
  YearWheel,
} from '../../../src/contract/year-wheel';
export type {
  AnswersOverview,
  DeliveryState,
  DialogueAnswer,
  DialogueGroup,
  DialogueInvitationView,
  DialogueKind,
  DialogueNote,
  DialogueProposal,
  DialogueRound,
  GroupInput,
  InvitationSummary,
  ProposedGroup,
  RoundInput,
} from '../../../src/contract/dialogues';

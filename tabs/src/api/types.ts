/** The API's response shapes, mirroring src/http/schemas.ts (the tab never imports server code). */

export type AuthMode = 'dev' | 'entra';
export type Role = 'organiser' | 'board' | 'admin' | 'principal' | 'staff';
export type UnitRole = 'principal' | 'staff';
export type DocumentStatus = 'draft' | 'readyForDialogue' | 'final';
export type FollowUpStatus = 'onTrack' | 'atRisk' | 'offTrack';
/** A status change a person may make now; the server lists them with each document. */
export type Transition = 'ready' | 'withdraw' | 'finalise' | 'reopen';
/** The two documents of a unit's year; `plans`/`reports` in the API's paths. */
export type DocumentKind = 'plan' | 'report';

export interface AppConfig {
  authMode: AuthMode;
  municipalityName: string;
  /** Display form, e.g. "2026/27". */
  currentSchoolYear: string;
  teamsAppId: string;
  /** What this municipality calls its documents (the chosen preset's names). */
  documentLabels?: { plan: string; report: string; organiser: string };
}

export interface DevUser {
  id: string;
  displayName: string;
  roles: string[];
  unitIds: string[];
  /** Present when the server names the units (see the report: asked for in /dev/users). */
  units?: { id: string; name: string }[];
}

export interface Me {
  id: string;
  displayName: string;
  roles: Role[];
  memberships: { unitId: string; role: UnitRole }[];
}

export interface Unit {
  id: string;
  name: string;
  schoolForm: string;
  schoolFormLabel: string;
  schoolUnitCode: string;
  koladaId: string;
}

export interface FollowUp {
  id: string;
  commitmentId: string;
  /** YYYY-MM-DD */
  date: string;
  status: FollowUpStatus;
  note: string;
  authorId: string;
  authorName: string;
}

export interface Activity {
  id: string;
  commitmentId: string;
  title: string;
  expectedResult: string;
  outcome: string;
  position: number;
}

export interface Commitment {
  id: string;
  goalAreaId: string;
  title: string;
  description: string;
  intendedEffects: string;
  /** The board goals (nämndens mål) the commitment serves. */
  boardGoalIds: string[];
  /** Skolverket's success factors, as codes of successFactorCatalogue. */
  successFactors: string[];
  position: number;
  activities: Activity[];
  followUps: FollowUp[];
}

export interface GoalArea {
  id: string;
  key: string;
  label: string;
  required: boolean;
  position: number;
  commitments: Commitment[];
}

export interface CommitmentPlan {
  id: string;
  unitId: string;
  schoolYear: string;
  status: DocumentStatus;
  goalAreas: GoalArea[];
}

/** GET of a plan and every write's answer: the whole document, its ETag and the rules. */
export interface PlanDocument {
  plan: CommitmentPlan;
  etag: string;
  modified: string;
  unit: Omit<Unit, 'schoolFormLabel'>;
  canEdit: boolean;
  /** May add follow-ups and write activities' outcomes, also in a final plan. */
  canFollowUp: boolean;
  transitions: Transition[];
  goalAreaCatalogue: CatalogueEntry[];
  boardGoals: { id: string; title: string }[];
  successFactorCatalogue: CatalogueEntry[];
  rules: PlanRules;
  /** The document's comments, when the server sends them with it (then no second request). */
  comments?: DocumentComment[];
  /** Progress per goal area and what each status change waits for; absent from older servers. */
  completeness?: Completeness;
}

/** One section's progress, as Stratsys shows it: "klar" or "saknas", and why. */
export interface SectionProgressItem {
  key: string;
  label: string;
  state: 'klar' | 'saknas';
  /** An optional empty section is "saknas" but holds no status change back. */
  required: boolean;
  reason: string;
}

export interface Completeness {
  sections: SectionProgressItem[];
  openComments: string[];
  /** What stands in the way of "klar för dialog" and of finalising. */
  missing: { ready: string[]; finalise: string[] };
}

export interface CatalogueEntry {
  key: string;
  label: string;
}

export interface PlanRules {
  maxGoalAreas: number;
  requiredGoalAreas: string[];
}

/** What a new plan can bring along from last year's. */
export interface CarryOverCandidates {
  previousYear: string;
  commitments: { id: string; goalAreaKey: string; goalAreaLabel: string; title: string; latestStatus: FollowUpStatus | null; suggested: boolean }[];
  developmentNeeds: { index: number; text: string; goalAreaKey?: string; goalAreaLabel: string }[];
  /** Present from servers that send them (needed to warn before the maximum refuses a start). */
  rules?: PlanRules;
  goalAreaCatalogue?: CatalogueEntry[];
}

export interface CarryOverChoice {
  commitmentIds: string[];
  developmentNeedIndexes: number[];
}

// The Läsårsrapport: sections defined as data by the server.

export interface ListEntry {
  text: string;
  goalAreaKey?: string;
}

export interface SectionField {
  key: string;
  label: string;
  hint?: string;
}

export type SectionDefinition =
  | { key: string; kind: 'text'; label: string; hint?: string; required?: boolean; group?: string }
  | { key: string; kind: 'perCommitment'; label: string; hint?: string; required?: boolean; group?: string; fields: SectionField[] }
  | { key: string; kind: 'list'; label: string; hint?: string; required?: boolean; group?: string; itemLabel: string };

export interface ReportDefinition {
  type: string;
  label: string;
  groups: { key: string; label: string; hint?: string }[];
  sections: SectionDefinition[];
}

/** text: content[key] = string; perCommitment: content[key][commitmentId][fieldKey]; list: content[key] = ListEntry[]. */
export type ReportContent = Record<string, unknown>;

export interface ReportDocument {
  report: { id: string; unitId: string; schoolYear: string; type: string; status: DocumentStatus; content: ReportContent };
  etag: string;
  modified: string;
  unit: Omit<Unit, 'schoolFormLabel'>;
  definition: ReportDefinition;
  /** The same year's plan, shown read-only beside what is written about it. */
  plan?: CommitmentPlan;
  /** Labels of required sections still empty. */
  missing: string[];
  canEdit: boolean;
  transitions: Transition[];
  /** The unit's goal areas (development needs may name any of them); absent from older servers. */
  goalAreaCatalogue?: CatalogueEntry[];
  /** The document's comments, when the server sends them with it (then no second request). */
  comments?: DocumentComment[];
  /** Progress per section and what each status change waits for; absent from older servers. */
  completeness?: Completeness;
}

export interface SectionUpdate {
  sectionKey: string;
  commitmentId?: string;
  fieldKey?: string;
  value: string | ListEntry[];
}

// Comments, versions and changes: the same for both documents.

export interface DocumentComment {
  id: string;
  /** "document", "goalArea:<key>", "commitment:<id>" or "section:<key>". */
  anchor: string;
  /** '' for a thread's first comment. */
  parentId: string;
  authorId: string;
  authorName: string;
  authorRole: 'organiser' | 'principal';
  body: string;
  createdAt: string;
  resolved: boolean;
}

export interface CommentInput {
  anchor: string;
  body: string;
  parentId?: string;
}

export interface VersionMeta {
  id: string;
  savedAt: string;
  authorId: string;
  authorName: string;
  status: DocumentStatus;
  /** Set on milestones such as "Klar för dialog". */
  label: string;
}

export interface DiffWord {
  text: string;
  change: 'added' | 'removed' | 'same';
}

export interface DocumentChange {
  kind: 'added' | 'removed' | 'changed';
  key: string;
  section: string;
  field: string;
  before?: string;
  after?: string;
  words?: DiffWord[];
}

export interface Changes {
  since: VersionMeta | undefined;
  changes: DocumentChange[];
}

export interface CommitmentInput {
  title: string;
  description?: string;
  intendedEffects?: string;
  boardGoalIds?: string[];
  successFactors?: string[];
}

export interface ActivityInput {
  title: string;
  expectedResult?: string;
  outcome?: string;
}

export interface FollowUpInput {
  date?: string;
  status: FollowUpStatus;
  note: string;
}

export interface ErrorBody {
  error: { code: string; message: string; correlationId: string; details?: unknown };
  current?: unknown;
}

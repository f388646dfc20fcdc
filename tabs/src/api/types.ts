/** The API's response shapes, mirroring src/http/schemas.ts (the tab never imports server code). */

export type AuthMode = 'dev' | 'entra';
export type Role = 'organiser' | 'board' | 'admin' | 'principal' | 'staff';
export type UnitRole = 'principal' | 'staff';
export type DocumentStatus = 'draft' | 'readyForDialogue' | 'final';
export type FollowUpStatus = 'onTrack' | 'atRisk' | 'offTrack';

export interface AppConfig {
  authMode: AuthMode;
  municipalityName: string;
  /** Display form, e.g. "2026/27". */
  currentSchoolYear: string;
  teamsAppId: string;
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
  /** May add follow-ups (staff may, when the principal allows); absent from older servers. */
  canFollowUp?: boolean;
  goalAreaCatalogue: { key: string; label: string }[];
  rules: { maxGoalAreas: number; requiredGoalAreas: string[] };
}

export interface CommitmentInput {
  title: string;
  description?: string;
  intendedEffects?: string;
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

/**
 * The API's shapes as the tab uses them: types only, inferred from the contract's zod schemas
 * (src/contract). `export type` keeps zod and server code out of the bundle.
 */
export type {
  CatalogueEntry,
  Completeness,
  DocumentName,
  DocumentStatus,
  FollowUpStatus,
  ListEntry,
  SectionProgressItem,
  Transition,
} from '../../../src/contract/common';
export type { ErrorBody } from '../../../src/contract/errors';
export type { AppConfig, AuthMode, DevUser, DocumentKind, Me, Role, Unit, UnitRole } from '../../../src/contract/me';
export type { Changes, CommentInput, DiffWord, DocumentChange, DocumentComment, VersionMeta } from '../../../src/contract/documents';
export type {
  Activity,
  ActivityInput,
  CarryOverCandidates,
  CarryOverChoice,
  Commitment,
  CommitmentInput,
  CommitmentPlan,
  FollowUp,
  FollowUpInput,
  GoalArea,
  PlanDocument,
  PlanRules,
} from '../../../src/contract/plans';
export type {
  ReportContent,
  ReportDefinition,
  ReportDocument,
  SectionDefinition,
  SectionField,
  SectionUpdate,
} from '../../../src/contract/reports';

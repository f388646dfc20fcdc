/** Swedish words for the API's codes (the UI speaks Swedish; the codes stay English). */
import type { DocumentKind, DocumentName, DocumentStatus, FollowUpStatus, Transition } from '../api/types';

export const ROLE_LABELS: Record<string, string> = {
  principal: 'rektor',
  staff: 'pedagog',
  organiser: 'huvudmannanivå',
  board: 'nämnd',
  admin: 'systemförvaltare',
};

export const roleLabel = (roles: readonly string[]) => (roles.length ? roles.map((r) => ROLE_LABELS[r] ?? r).join(', ') : 'ingen roll');

export const PLAN_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Utkast',
  readyForDialogue: 'Klar för dialog',
  final: 'Fastställd',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  onTrack: 'Enligt plan',
  atRisk: 'Risk för avvikelse',
  offTrack: 'Avviker',
};

export const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['onTrack', 'atRisk', 'offTrack'];

/** The order school forms are listed in (as the school system runs: youngest first). */
export const SCHOOL_FORM_ORDER = [
  'preschool',
  'preschoolClass',
  'compulsoryF3',
  'compulsoryF6',
  'compulsory46',
  'compulsory79',
  'adaptedCompulsory',
  'schoolAgeEducare',
  'upperSecondary',
];

/** A document that does not exist yet is shown as a status too. */
export type DocumentState = DocumentStatus | 'notStarted';

export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = { notStarted: 'Inte påbörjad', ...PLAN_STATUS_LABELS };

/**
 * A document's name in the forms a sentence needs. The rule that makes them lives on the server
 * (src/domain/document-names.ts); the tab reads them from /api/config (documentNames) and from a
 * report's `name`. These are only the 2024 names, for the moment before the config is known.
 */
export type { DocumentName } from '../api/types';

export const DEFAULT_DOCUMENT_NAMES: Record<DocumentKind, DocumentName> = {
  plan: { label: 'Åtagandeplan', the: 'åtagandeplanen', The: 'Åtagandeplanen' },
  report: { label: 'Läsårsrapport', the: 'läsårsrapporten', The: 'Läsårsrapporten' },
};

/** The buttons for the status changes the server offers. */
export const TRANSITION_LABELS: Record<Transition, string> = {
  ready: 'Markera klar för dialog',
  withdraw: 'Ta tillbaka',
  finalise: 'Fastställ',
  reopen: 'Återsänd med kommentar',
};

export const COMMENT_ROLE_LABELS: Record<'organiser' | 'principal', string> = { organiser: 'huvudmannanivå', principal: 'rektor' };

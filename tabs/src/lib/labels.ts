/** Swedish words for the API's codes (the UI speaks Swedish; the codes stay English). */
import type { DocumentKind, DocumentStatus, FollowUpStatus, Transition } from '../api/types';

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

export const DOCUMENT_LABELS: Record<DocumentKind, string> = { plan: 'Åtagandeplan', report: 'Läsårsrapport' };

/** A document's name in the forms a sentence needs: "Verksamhetsplan", "verksamhetsplanen", "Verksamhetsplanen". */
export interface DocumentName {
  label: string;
  the: string;
  The: string;
}

/**
 * The definite form of a document's name (the preset names it): the first word takes the ending,
 * "-et" for neuter nouns (uppdrag, underlag), "-n" after a vowel, else "-en".
 * "Uppföljning av verksamhetsuppdraget" → "uppföljningen av verksamhetsuppdraget".
 */
export function documentName(label: string): DocumentName {
  const [first, ...rest] = label.split(' ');
  const lower = first.toLowerCase();
  const definite = /(uppdrag|underlag|dokument)$/.test(lower) ? `${lower}et` : /[aeiouyåäö]$/.test(lower) ? `${lower}n` : `${lower}en`;
  const the = [definite, ...rest].join(' ');
  return { label, the, The: the[0].toUpperCase() + the.slice(1) };
}

/** The buttons for the status changes the server offers. */
export const TRANSITION_LABELS: Record<Transition, string> = {
  ready: 'Markera klar för dialog',
  withdraw: 'Ta tillbaka',
  finalise: 'Fastställ',
  reopen: 'Återsänd med kommentar',
};

export const COMMENT_ROLE_LABELS: Record<'organiser' | 'principal', string> = { organiser: 'huvudmannanivå', principal: 'rektor' };

import { isOrganiser, isPrincipalOf } from './access';
import { DomainError } from './errors';
import type { Actor } from './identity';
import type { DocumentStatus } from './document-status';

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Utkast',
  readyForDialogue: 'Klar för dialog',
  final: 'Fastställd',
};

/** Who may move a document between statuses. Configuration; the defaults follow the 2024 guideline. */
export interface StatusRules {
  /** Who marks a draft ready for dialogue (and may take it back to draft). */
  ready: ('principal' | 'organiser')[];
  /** Who finalises a document that is ready. */
  finalise: ('principal' | 'organiser')[];
  /** Who returns a ready or final document to draft; a comment saying why is required. */
  reopen: ('principal' | 'organiser')[];
}

export const DEFAULT_STATUS_RULES: StatusRules = { ready: ['principal'], finalise: ['organiser'], reopen: ['organiser'] };

export type Transition = 'ready' | 'withdraw' | 'finalise' | 'reopen';

const TRANSITIONS: Record<Transition, { from: DocumentStatus[]; to: DocumentStatus; label: string }> = {
  ready: { from: ['draft'], to: 'readyForDialogue', label: 'markera som klar för dialog' },
  withdraw: { from: ['readyForDialogue'], to: 'draft', label: 'ta tillbaka till utkast' },
  finalise: { from: ['readyForDialogue'], to: 'final', label: 'fastställa' },
  reopen: { from: ['readyForDialogue', 'final'], to: 'draft', label: 'återsända till rektor' },
};

function actsAs(actor: Actor, unitId: string): ('principal' | 'organiser')[] {
  const roles: ('principal' | 'organiser')[] = [];
  if (isPrincipalOf(actor, unitId)) roles.push('principal');
  if (isOrganiser(actor)) roles.push('organiser');
  return roles;
}

function allowedBy(transition: Transition, rules: StatusRules) {
  return transition === 'withdraw' ? rules.ready : rules[transition];
}

/**
 * Decides a status change: is it a legal move from here, and may this person make it?
 * Returns the new status. A reopen needs a reason, since it sends the work back.
 */
export function decideTransition(
  transition: Transition,
  current: DocumentStatus,
  actor: Actor,
  unitId: string,
  rules: StatusRules,
  reason?: string,
): DocumentStatus {
  const t = TRANSITIONS[transition];
  if (!t.from.includes(current)) {
    throw new DomainError(
      'STATUS_TRANSITION_NOT_ALLOWED',
      `Dokumentet har status ${DOCUMENT_STATUS_LABELS[current].toLowerCase()} och går inte att ${t.label} nu.`,
    );
  }
  const roles = actsAs(actor, unitId);
  if (!allowedBy(transition, rules).some((r) => roles.includes(r))) {
    throw new DomainError('FORBIDDEN', `Du har inte behörighet att ${t.label}.`);
  }
  if (transition === 'reopen' && !reason?.trim()) {
    throw new DomainError('VALIDATION_FAILED', 'Skriv en kommentar om varför dokumentet återsänds.');
  }
  return t.to;
}

/** The moves this person could make now, for the UI to offer. */
export function availableTransitions(current: DocumentStatus, actor: Actor, unitId: string, rules: StatusRules): Transition[] {
  const roles = actsAs(actor, unitId);
  return (Object.keys(TRANSITIONS) as Transition[]).filter(
    (t) => TRANSITIONS[t].from.includes(current) && allowedBy(t, rules).some((r) => roles.includes(r)),
  );
}

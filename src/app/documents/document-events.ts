/**
 * What happens to a document that its people hear about: the use cases tell a sink, the
 * composition root connects it to the notices (document-notices.ts). No sink: nothing is told.
 */
import type { Transition } from '../../domain/document-lifecycle';
import type { Actor } from '../../domain/identity';
import type { DocumentRef } from './document-ref';

export type DocumentEventKind = 'returned' | 'finalised' | 'commented' | 'answered' | 'published';

export interface DocumentEvent {
  kind: DocumentEventKind;
  ref: DocumentRef;
  actor: Actor;
  /** What makes this event itself (the ETag it was made on, the comment's id): told twice, it is one notice. */
  eventKey: string;
  commentId?: string;
}

export type DocumentEventSink = (event: DocumentEvent) => Promise<void>;

export const noDocumentEvents: DocumentEventSink = async () => undefined;

/** The event of a status change, if it is one people hear about: returned (with its comment) or finalised. */
export function transitionEvent(
  transition: Transition,
  ref: DocumentRef,
  actor: Actor,
  ifMatch: string | undefined,
  commentId?: string,
): DocumentEvent | undefined {
  const kind = transition === 'reopen' ? 'returned' : transition === 'finalise' ? 'finalised' : undefined;
  return kind && { kind, ref, actor, eventKey: `${transition}:${ifMatch ?? ''}`, commentId };
}

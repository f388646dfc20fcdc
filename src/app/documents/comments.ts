import { canEditUnitDocuments, canReadUnit, isOrganiser } from '../../domain/access';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { docKeyOf, type DocumentRef } from './document-ref';
import { noDocumentEvents, type DocumentEventSink } from './document-events';
import type { Clock } from '../ports/clock';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';

export interface DocumentComment {
  id: string;
  /** Which part of the document: "document", "goalArea:<key>", "commitment:<id>", "section:<key>". */
  anchor: string;
  parentId: string;
  authorId: string;
  authorName: string;
  authorRole: 'organiser' | 'principal';
  body: string;
  createdAt: string;
  resolved: boolean;
}

/** The read behind a document's comments, for use cases that send it in one batch with their own. */
export const commentsQuery = (ref: DocumentRef) => ({ list: 'comments', where: { docKey: docKeyOf(ref) } });

/** Comments as the store holds them, oldest first. */
export function commentsFrom(items: ListItem[]): DocumentComment[] {
  return items
    .map((i) => ({
      id: i.id,
      anchor: String(i.fields.anchor),
      parentId: String(i.fields.parentId ?? ''),
      authorId: String(i.fields.authorId),
      authorName: String(i.fields.authorName),
      authorRole: i.fields.authorRole === 'principal' ? ('principal' as const) : ('organiser' as const),
      body: String(i.fields.body),
      createdAt: String(i.fields.createdAt),
      resolved: i.fields.resolved === true,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || Number(a.id) - Number(b.id));
}

/** Comments from the organiser level on any part of a document, and the principal's answers. */
export class Comments {
  /** Told of the organiser's comments and the principal's answers (document-notices.ts). */
  onEvent: DocumentEventSink = noDocumentEvents;

  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, ref: DocumentRef): Promise<DocumentComment[]> {
    if (!canReadUnit(actor, ref.unitId)) throw forbidden();
    return commentsFrom(await queryAll(this.store, 'comments', { docKey: docKeyOf(ref) }));
  }

  /** The organiser level comments; the unit's principal answers (or comments) too. Staff read. */
  /** quiet: a status change's own comment (its notice tells of the comment). */
  async add(
    actor: Actor,
    ref: DocumentRef,
    input: { anchor: string; body: string; parentId?: string },
    options: { quiet?: boolean } = {},
  ): Promise<DocumentComment> {
    const role = this.commenterRole(actor, ref.unitId);
    let anchor = input.anchor;
    if (input.parentId) {
      const parent = (await this.list(actor, ref)).find((c) => c.id === input.parentId);
      if (!parent) throw notFound('Kommentaren du svarar på');
      anchor = parent.anchor;
    }
    const comment: Omit<DocumentComment, 'id'> = {
      anchor,
      parentId: input.parentId ?? '',
      authorId: actor.userId,
      authorName: actor.displayName,
      authorRole: role,
      body: input.body,
      createdAt: this.clock.now().toISOString(),
      resolved: false,
    };
    const item = await this.store.create('comments', { docKey: docKeyOf(ref), ...comment, modifiedById: actor.userId });
    const kind = role === 'organiser' ? 'commented' : input.parentId ? 'answered' : undefined;
    if (kind && !options.quiet) await this.onEvent({ kind, ref, actor, eventKey: `comment:${item.id}`, commentId: item.id });
    return { id: item.id, ...comment };
  }

  async resolve(actor: Actor, ref: DocumentRef, commentId: string, resolved: boolean): Promise<void> {
    this.commenterRole(actor, ref.unitId);
    const item = await this.store.get('comments', commentId);
    if (!item || item.fields.docKey !== docKeyOf(ref)) throw notFound('Kommentaren');
    await this.store.update('comments', commentId, { resolved, modifiedById: actor.userId });
  }

  private commenterRole(actor: Actor, unitId: string): 'organiser' | 'principal' {
    if (isOrganiser(actor)) return 'organiser';
    if (canEditUnitDocuments(actor, unitId)) return 'principal';
    if (!canReadUnit(actor, unitId)) throw forbidden();
    throw new DomainError('FORBIDDEN', 'Kommentarer skrivs av huvudmannanivån och enhetens rektor.');
  }
}

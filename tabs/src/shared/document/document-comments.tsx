import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';
import type { DocumentExtras } from '../../api/client';
import type { CommentInput, DocumentComment, Transition } from '../../api/types';
import { useComments, type CommentsState } from './use-comments';

/** A document's comments, shared by the anchors beside its sections. */
export interface DocumentComments {
  state: CommentsState;
  /** The organiser level comments and the principal answers; others read. */
  canComment: boolean;
  add(input: CommentInput): Promise<ApiError | null>;
  resolve(id: string, resolved: boolean): Promise<ApiError | null>;
}

const DocumentCommentsContext = createContext<DocumentComments | null>(null);

export function DocumentCommentsProvider({ value, children }: { value: DocumentComments; children: ReactNode }) {
  return <DocumentCommentsContext.Provider value={value}>{children}</DocumentCommentsContext.Provider>;
}

export function useDocumentComments(): DocumentComments {
  const comments = useContext(DocumentCommentsContext);
  if (!comments) throw new Error('useDocumentComments outside DocumentCommentsProvider');
  return comments;
}

/**
 * The open document's comments for its anchors, and its status changes, after which the comments
 * are read again (returning or reopening adds one on the server).
 */
export function useCommentedDocument(
  extras: DocumentExtras,
  sent: DocumentComment[] | undefined,
  canComment: boolean,
  transition: (t: Transition, comment?: string) => Promise<ApiError | null>,
) {
  const { state, add, resolve, reload } = useComments(extras, sent);
  const comments = useMemo<DocumentComments>(() => ({ state, canComment, add, resolve }), [state, canComment, add, resolve]);
  const onTransition = useCallback(
    async (t: Transition, comment?: string) => {
      const error = await transition(t, comment);
      reload();
      return error;
    },
    [transition, reload],
  );
  return { comments, onTransition };
}

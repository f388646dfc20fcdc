import { createContext, useContext, type ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';
import type { CommentInput } from '../../api/types';
import type { CommentsState } from './use-comments';

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

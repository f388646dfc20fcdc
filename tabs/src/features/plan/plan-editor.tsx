import { createContext, useContext, type ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';
import type { PlanDocument } from '../../api/types';
import type { DocumentSession } from '../../shared/document/document-session';
import type { PlanWrite } from './use-plan';

/** What the parts of an open plan share: the document, whether it may be changed, and the way to change it. */
export interface PlanEditor {
  doc: PlanDocument;
  canEdit: boolean;
  canFollowUp: boolean;
  write(op: PlanWrite): Promise<ApiError | null>;
  /** For the autosaved fields (activities' outcomes). */
  session: DocumentSession<PlanDocument>;
}

const PlanEditorContext = createContext<PlanEditor | null>(null);

export function PlanEditorProvider({ value, children }: { value: PlanEditor; children: ReactNode }) {
  return <PlanEditorContext.Provider value={value}>{children}</PlanEditorContext.Provider>;
}

export function usePlanEditor(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditor outside PlanEditorProvider');
  return editor;
}

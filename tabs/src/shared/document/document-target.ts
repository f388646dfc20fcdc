import { useMemo } from 'react';
import type { DocumentExtras } from '../../api/client';
import type { DocumentKind } from '../../api/types';
import { useServices } from '../hooks/services';
import { documentStatusTexts, type StatusTexts } from './StatusActions/status-texts';
import { useDocumentNames } from './use-document-names';

/**
 * What the shared document parts (bar, status, history, comments, export) need of the document
 * they serve: its API beside the writes, and its words. The unit's plan and report, and the
 * organiser's annual follow-up, each give one.
 */
export interface DocumentTarget {
  extras: DocumentExtras;
  /** What the history's title names: "läsårsrapport 2025/26". */
  title: string;
  /** The history's first choice: changes since the last milestone. */
  lastMilestone: string;
  /** What the progress counts: "målområden", "avsnitt". */
  sectionNoun: string;
  statusTexts: StatusTexts;
}

/** A unit's plan or report for a school year. */
export function useDocumentTarget(kind: DocumentKind, unitId: string, schoolYear: string): DocumentTarget {
  const { api } = useServices();
  const noun = useDocumentNames()[kind];
  return useMemo(
    () => ({
      extras: api.documentExtras(kind, unitId, schoolYear),
      title: `${noun.label.toLowerCase()} ${schoolYear}`,
      lastMilestone: 'Senaste dialogmarkeringen',
      sectionNoun: kind === 'plan' ? 'målområden' : 'avsnitt',
      statusTexts: documentStatusTexts(kind, noun),
    }),
    [api, kind, unitId, schoolYear, noun],
  );
}

import { Spinner } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { DocumentStatus, Me } from '../../../api/types';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import type { DocumentState } from '../use-document';

/** What a unit's document page (the plan, the report) is given by the document view. */
export interface UnitDocumentPageProps {
  unitId: string;
  /** From the unit list; the document names the unit too once it is loaded. */
  unitName: string | undefined;
  schoolYear: string;
  me: Me | undefined;
  /** The document's status as it changes (null: not started), for what sits beside the document. */
  onStatus?(status: DocumentStatus | null): void;
}

interface Props {
  state: DocumentState<{ etag: string }>;
  /** The page's header while the document is not open. */
  header: ReactNode;
  /** "Hämtar åtagandeplanen…" */
  loadingLabel: string;
  onRetry(): void;
  onStatus?: UnitDocumentPageProps['onStatus'];
  /** What a document not yet started offers (start it, or why one cannot). */
  notStarted: ReactNode;
}

/** A document page before its document is open: the header, then loading, the error or "not started". */
export function DocumentPending({ state, header, loadingLabel, onRetry, onStatus, notStarted }: Props) {
  useEffect(() => {
    if (state.status === 'notStarted') onStatus?.(null);
  }, [state.status, onStatus]);
  return (
    <>
      {state.status !== 'ready' && header}
      {state.status === 'loading' && <Spinner label={loadingLabel} />}
      {state.status === 'error' && <ErrorBar error={state.error} onRetry={onRetry} />}
      {state.status === 'notStarted' && notStarted}
    </>
  );
}

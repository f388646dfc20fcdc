import type { ApiError } from '../../../api/api-error';
import type { Completeness, Transition } from '../../../api/types';
import type { DocumentSession } from '../document-session';
import type { DocumentTarget } from '../document-target';
import { useSessionSnapshot } from '../use-document-session';
import { DocumentBar } from './DocumentBar';

interface SessionDocument {
  etag: string;
  transitions: Transition[];
  missing?: string[];
  completeness?: Completeness;
}

interface Props<TDoc extends SessionDocument> {
  session: DocumentSession<TDoc>;
  target: DocumentTarget;
  onTransition(transition: Transition, comment?: string): Promise<ApiError | null>;
  /** What comments on the whole document are called: "hela läsårsrapporten". */
  about: string;
}

/** The document bar of an open document session: status changes, saving and conflicts as the session has them. */
export function SessionDocumentBar<TDoc extends SessionDocument>({ session, target, onTransition, about }: Props<TDoc>) {
  const { doc, save, conflicts } = useSessionSnapshot(session);
  return (
    <DocumentBar
      target={target}
      transitions={doc.transitions}
      missing={doc.missing}
      completeness={doc.completeness}
      onTransition={onTransition}
      save={save}
      conflicts={conflicts.length}
      onRetrySave={() => void session.flush()}
      revision={doc.etag}
      about={about}
    />
  );
}

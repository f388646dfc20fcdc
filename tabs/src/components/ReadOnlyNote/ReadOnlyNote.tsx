import type { DocumentKind, DocumentStatus } from '../../api/types';
import { useReadOnlyNoteStyles } from './ReadOnlyNote.styles';

const NOUN: Record<DocumentKind, { the: string; writer: string }> = {
  plan: { the: 'planen', writer: 'Det är enhetens rektor som skriver planen.' },
  report: { the: 'läsårsrapporten', writer: 'Det är enhetens rektor som skriver läsårsrapporten.' },
};

/** Why there are no edit controls. */
export function ReadOnlyNote({ kind = 'plan', status, canFollowUp = false }: { kind?: DocumentKind; status: DocumentStatus; canFollowUp?: boolean }) {
  const styles = useReadOnlyNoteStyles();
  const noun = NOUN[kind];
  const final = `${noun.the[0].toUpperCase()}${noun.the.slice(1)} är fastställd.`;
  if (canFollowUp && status === 'final')
    return (
      <p className={styles.root} data-testid="read-only-note">
        {final} Du kan fortfarande lägga till uppföljningar och skriva aktiviteternas resultat.
      </p>
    );
  return (
    <p className={styles.root} data-testid="read-only-note">
      Du kan läsa men inte ändra {noun.the}. {status === 'final' ? final : noun.writer}
    </p>
  );
}

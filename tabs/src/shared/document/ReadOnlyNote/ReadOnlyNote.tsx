import type { DocumentKind, DocumentStatus } from '../../../api/types';
import { useDocumentNames } from '../use-document-names';
import { useReadOnlyNoteStyles } from './ReadOnlyNote.styles';

/** Why there are no edit controls. */
export function ReadOnlyNote({
  kind = 'plan',
  status,
  canFollowUp = false,
}: {
  kind?: DocumentKind;
  status: DocumentStatus;
  canFollowUp?: boolean;
}) {
  const styles = useReadOnlyNoteStyles();
  // The plan is "planen" whatever the preset calls it; the report goes by its own name.
  const names = useDocumentNames();
  const the = kind === 'plan' ? 'planen' : names.report.the;
  const noun = { the, writer: `Det är enhetens rektor som skriver ${the}.` };
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

import type { DocumentStatus } from '../../api/types';
import { useReadOnlyNoteStyles } from './ReadOnlyNote.styles';

/** Why there are no edit controls. */
export function ReadOnlyNote({ status }: { status: DocumentStatus }) {
  const styles = useReadOnlyNoteStyles();
  const why = status === 'final' ? 'Planen är fastställd.' : 'Det är enhetens rektor som skriver planen.';
  return (
    <p className={styles.root} data-testid="read-only-note">
      Du kan läsa men inte ändra planen. {why}
    </p>
  );
}

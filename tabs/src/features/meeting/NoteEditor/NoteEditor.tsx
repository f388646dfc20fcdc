import { useEffect } from 'react';
import type { MeetingApi } from '../../../api/meeting-api';
import type { MeetingNote, SuccessFactorCatalogue } from '../../../api/meeting-types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { AutosaveField } from '../../../shared/document/AutosaveField/AutosaveField';
import { SaveIndicator } from '../../../shared/document/SaveIndicator/SaveIndicator';
import { useSessionSnapshot } from '../../../shared/document/use-document-session';
import { dateTime } from '../../../lib/dates';
import { FactorTags } from '../FactorTags/FactorTags';
import { NoteActions } from '../NoteActions/NoteActions';
import { useNoteEditorStyles } from './NoteEditor.styles';

interface Props {
  session: DocumentSession<MeetingNote>;
  meetingApi: MeetingApi;
  unitName: string;
  /** The success factors a note may be tagged with (the meeting view's). */
  factors: SuccessFactorCatalogue;
  /** May turn agreed actions into follow-ups or commitment drafts (the principal and the organiser level). */
  canConvert: boolean;
}

/**
 * A unit's note of the meeting, written together: saved a moment after typing stops, and when two
 * people wrote at once the other's text is shown beside this one to merge (nothing is lost).
 */
export function NoteEditor({ session, meetingApi, unitName, factors, canConvert }: Props) {
  const styles = useNoteEditorStyles();
  const { doc: note, save, conflicts } = useSessionSnapshot(session);
  const headingId = `note-${note.unitId}`;

  // Leaving the unit (or the panel) saves what was typed.
  useEffect(() => () => void session.flush(), [session]);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="meeting-note">
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          Anteckningar – {unitName}
        </h3>
        {note.canEdit && (
          // One clock for a save: the stored time below (who saved, when), not this browser's.
          <SaveIndicator save={save} conflicts={conflicts.length} onRetry={() => void session.flush()} withTime={false} />
        )}
      </div>
      {note.modified && (
        <p className={styles.meta}>
          Senast sparad av {note.modifiedByName}, {dateTime(note.modified)}
        </p>
      )}
      <AutosaveField
        session={session}
        fieldKey="body"
        labelledBy={headingId}
        name={`anteckningen för ${unitName}`}
        readOnly={!note.canEdit}
        rows={8}
        emptyText="Inga anteckningar ännu."
      />
      <FactorTags session={session} factors={factors} readOnly={!note.canEdit} />
      <NoteActions session={session} meetingApi={meetingApi} readOnly={!note.canEdit} canConvert={canConvert} />
    </section>
  );
}

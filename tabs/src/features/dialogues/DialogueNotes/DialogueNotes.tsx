import { Field, Spinner, Textarea } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { DialogueType } from '../../../api/organiser-types';
import { useDialogueNotes } from '../use-dialogues';
import { dateTime } from '../../../lib/dates';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useDialogueNotesStyles } from './DialogueNotes.styles';
import { DialogueTypeField } from '../DialogueTypeField/DialogueTypeField';

/** A unit's dialogue notes for the year, kept with its documents; the organiser level and the principal write them. */
export function DialogueNotes({
  unitId,
  unitName,
  schoolYear,
  types,
  canWrite,
}: {
  unitId: string;
  unitName: string;
  schoolYear: string;
  types: DialogueType[];
  canWrite: boolean;
}) {
  const styles = useDialogueNotesStyles();
  const { notes, add } = useDialogueNotes(unitId, schoolYear);
  const [kind, setKind] = useState(types[0]?.key ?? 'conditions');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    const failure = await add(kind, body.trim());
    setBusy(false);
    setError(failure);
    if (!failure) setBody('');
  };

  return (
    <div className={styles.root} data-testid="dialogue-notes">
      {notes.status === 'loading' && <Spinner size="small" label="Hämtar anteckningarna…" />}
      {notes.status === 'error' && <ErrorBar error={notes.error} onRetry={notes.reload} />}
      {notes.status === 'ready' &&
        (notes.data.length ? (
          <ol className={styles.list}>
            {notes.data.map((n) => (
              <li key={n.id} className={styles.note}>
                <span className={styles.meta}>
                  {n.kindLabel} · {n.authorName} · {dateTime(n.createdAt)}
                </span>
                <p className={styles.body}>{n.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className={styles.empty}>Inga anteckningar från dialogerna med {unitName} i år.</p>
        ))}
      {canWrite && (
        <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={`Ny dialoganteckning för ${unitName}`}>
          <DialogueTypeField label="Dialog" types={types} value={kind} onChange={setKind} />
          <Field label="Anteckning">
            <Textarea value={body} rows={3} maxLength={20000} resize="vertical" onChange={(_, d) => setBody(d.value)} />
          </Field>
          {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
          <div>
            <BusyButton busy={busy} type="submit" appearance="primary" disabled={!body.trim()}>
              Spara anteckningen
            </BusyButton>
          </div>
        </form>
      )}
    </div>
  );
}

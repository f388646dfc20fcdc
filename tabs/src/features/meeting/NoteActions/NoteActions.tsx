import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { MeetingApi } from '../../../api/meeting-api';
import type { MeetingAction, MeetingNote } from '../../../api/meeting-types';
import type { PlanDocument } from '../../../api/types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { MergePanel } from '../../../shared/document/MergePanel/MergePanel';
import { useField } from '../../../shared/document/use-document-session';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { usePlanForActions } from '../use-meeting';
import { useNoteActionsStyles } from './NoteActions.styles';

type Mode = 'followUp' | 'commitment';
interface Props {
  session: DocumentSession<MeetingNote>;
  meetingApi: MeetingApi;
  readOnly: boolean;
  canConvert: boolean;
}

const LINK_TEXT: Record<Mode, string> = { followUp: 'Uppföljning i åtagandeplanen', commitment: 'Nytt åtagande (utkast) i åtagandeplanen' };

/** One agreed action: what it became, or the two ways to carry it into the unit's plan. */
function ActionItem({
  action,
  plan,
  onConvert,
}: {
  action: MeetingAction;
  plan: PlanDocument | null;
  onConvert: ((mode: Mode, targetId: string) => Promise<ApiError | null>) | null;
}) {
  const styles = useNoteActionsStyles();
  const [mode, setMode] = useState<Mode | null>(null);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const goalAreas = plan?.plan.goalAreas ?? [];
  const options =
    mode === 'followUp'
      ? goalAreas.flatMap((g) => g.commitments.map((c) => ({ id: c.id, label: `${g.label}: ${c.title}` })))
      : goalAreas.map((g) => ({ id: g.id, label: g.label }));

  const run = async () => {
    if (!mode || !target || !onConvert) return;
    setBusy(true);
    const failure = await onConvert(mode, target);
    setBusy(false);
    setError(failure);
    if (!failure) setMode(null);
  };

  return (
    <li className={styles.action} data-testid="meeting-action">
      <p className={styles.text}>{action.text}</p>
      {action.link ? (
        <p className={styles.linked}>
          {LINK_TEXT[action.link.kind]} {action.link.schoolYear}: {action.link.title}
        </p>
      ) : onConvert && !mode ? (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => (setMode('followUp'), setTarget(''))} disabled={!plan}>
            Gör till uppföljning
          </Button>
          <Button size="small" onClick={() => (setMode('commitment'), setTarget(''))} disabled={!plan}>
            Gör till nytt åtagande
          </Button>
        </div>
      ) : null}
      {mode && !action.link && (
        <div className={styles.add}>
          <Field className={styles.grow} label={mode === 'followUp' ? 'Vilket åtagande följs upp?' : 'I vilket målområde?'}>
            <Select value={target} onChange={(_, d) => setTarget(d.value)}>
              <option value="">Välj…</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" size="small" disabled={!target || busy} onClick={() => void run()}>
            {mode === 'followUp' ? 'Skapa uppföljningen' : 'Skapa utkastet'}
          </Button>
          <Button size="small" onClick={() => setMode(null)}>
            Avbryt
          </Button>
        </div>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
    </li>
  );
}

/** The note's agreed actions: added here (saved with the note), each carried into the plan with one click. */
export function NoteActions({ session, meetingApi, readOnly, canConvert }: Props) {
  const styles = useNoteActionsStyles();
  const { conflict, edit, flush, resolve, value } = useField(session, 'actions');
  const note = session.doc;
  const [text, setText] = useState('');
  const plan = usePlanForActions(note.unitId, note.schoolYear, canConvert && !readOnly);

  if (conflict) return <MergePanel label="åtgärderna" conflict={conflict} onResolve={(r) => void resolve(r)} />;
  const typed = Array.isArray(value) ? value : [];
  const saved = new Map(note.actions.map((a) => [a.text, a]));
  const shown: MeetingAction[] = typed.map((e) => saved.get(e.text) ?? { id: '', text: e.text, link: null });

  const add = () => {
    if (!text.trim()) return;
    edit([...typed, { text: text.trim() }]);
    setText('');
    flush();
  };

  const convert = (action: MeetingAction) => async (mode: Mode, targetId: string) => {
    await session.flush();
    const id = session.doc.actions.find((a) => a.text === action.text)?.id ?? action.id;
    const body =
      mode === 'followUp'
        ? { target: 'followUp' as const, commitmentId: targetId }
        : { target: 'commitment' as const, goalAreaId: targetId };
    return session.write(async () => (await meetingApi.action(note.unitId, id, body)).note);
  };

  return (
    <section className={styles.root} aria-label="Överenskomna åtgärder">
      <h4 className={styles.title}>Överenskomna åtgärder</h4>
      {shown.length ? (
        <ul className={styles.list}>
          {shown.map((a) => (
            <ActionItem key={a.text} action={a} plan={plan.data ?? null} onConvert={canConvert && !readOnly && a.id ? convert(a) : null} />
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>Inga åtgärder ännu.</p>
      )}
      {canConvert && plan.status === 'ready' && !plan.data && (
        <p className={styles.muted}>Enhetens åtagandeplan är inte påbörjad: åtgärderna kan föras in när den finns.</p>
      )}
      {!readOnly && (
        <div className={styles.add}>
          <Field className={styles.grow} label="Ny åtgärd">
            <Input value={text} maxLength={1000} onChange={(_, d) => setText(d.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
          </Field>
          <Button onClick={add} disabled={!text.trim()}>
            Lägg till
          </Button>
        </div>
      )}
    </section>
  );
}

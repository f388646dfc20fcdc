import { Badge, Button, Field, mergeClasses, Spinner, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { DialogueInvitationView } from '../../../api/organiser-types';
import { useMyInvitations } from '../use-dialogues';
import { ANSWER_COLORS } from '../dialogues';
import { zoneNote } from '../../../lib/dates';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useMyInvitationsStyles } from './MyInvitations.styles';

type Answer = 'accepted' | 'declined' | 'otherTime';

function Invitation({
  invitation: v,
  onAnswer,
}: {
  invitation: DialogueInvitationView;
  onAnswer(a: Answer, note?: string): Promise<ApiError | null>;
}) {
  const styles = useMyInvitationsStyles();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<Answer | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const answer = async (a: Answer) => {
    setBusy(a);
    setError(null);
    const failure = await onAnswer(a, a === 'otherTime' ? note.trim() : undefined);
    setBusy(null);
    setError(failure);
    if (!failure) setAsking(false);
  };
  return (
    <article className={styles.card} aria-label={`${v.kindLabel}: ${v.groupName}`} data-testid="my-invitation">
      <div className={styles.head}>
        <h3 className={styles.title}>
          {v.kindLabel} – {v.groupName}
        </h3>
        <Badge appearance="tint" color={ANSWER_COLORS[v.answer]}>
          {v.answerLabel}
        </Badge>
      </div>
      <p className={styles.when}>
        {v.when}
        {v.start ? zoneNote(new Date(v.start)) : ''}
      </p>
      {(v.place || v.meetingUrl) && (
        <p className={styles.line}>
          {v.place}
          {v.place && v.meetingUrl ? ' · ' : ''}
          {v.meetingUrl && (
            <a href={v.meetingUrl} target="_blank" rel="noopener noreferrer" className={styles.link}>
              Anslut via Teams
            </a>
          )}
        </p>
      )}
      {v.participants.length > 0 && (
        <p className={styles.line}>Deltar: {v.participants.map((p) => `${p.name} (${p.detail})`).join(', ')}</p>
      )}
      {v.bring && (
        <p className={styles.line}>
          {v.bring.text}{' '}
          {v.bring.links.map((l) => (
            <a key={l.url} href={l.url} className={styles.link}>
              {l.title}
            </a>
          ))}
        </p>
      )}
      {v.answerNote && <p className={styles.line}>Din kommentar: {v.answerNote}</p>}
      {v.canAnswer ? (
        <>
          <div className={styles.buttons} role="group" aria-label="Svara">
            <Button
              appearance={v.answer === 'accepted' ? 'primary' : 'secondary'}
              disabled={busy !== null}
              onClick={() => void answer('accepted')}
            >
              Tacka ja
            </Button>
            <Button disabled={busy !== null} onClick={() => void answer('declined')}>
              Tacka nej
            </Button>
            <Button disabled={busy !== null} aria-expanded={asking} onClick={() => setAsking(!asking)}>
              Önska annan tid
            </Button>
            <a href={v.calendarUrl} className={mergeClasses(styles.link, styles.calendar)}>
              Lägg till i kalendern
            </a>
          </div>
          {asking && (
            <div className={styles.other}>
              <Field label="Vilken tid skulle passa bättre?" required>
                <Textarea value={note} rows={2} maxLength={1000} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <div>
                <Button
                  appearance="primary"
                  disabled={!note.trim() || busy !== null}
                  icon={busy === 'otherTime' ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void answer('otherTime')}
                >
                  Skicka önskemålet
                </Button>
              </div>
            </div>
          )}
        </>
      ) : (
        <p className={styles.line}>
          {v.end && new Date(v.end).getTime() < Date.now()
            ? 'Dialogen är genomförd.'
            : 'Dialogen har börjat; svaret kan inte längre ändras.'}
        </p>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
    </article>
  );
}

/** The person's dialogue invitations, answered here as in the bot's card (one use case). */
export function MyInvitations() {
  const styles = useMyInvitationsStyles();
  const { invitations, answer } = useMyInvitations();
  if (invitations.status === 'loading') return <Spinner size="small" label="Hämtar dina inbjudningar…" />;
  if (invitations.status === 'error') return <ErrorBar error={invitations.error} onRetry={invitations.reload} />;
  if (!invitations.data.length) return <p className={styles.empty}>Du har inga dialoginbjudningar just nu.</p>;
  return (
    <div className={styles.list}>
      {invitations.data.map((v) => (
        <Invitation key={v.invitationId} invitation={v} onAnswer={(a, note) => answer(v.invitationId, a, note)} />
      ))}
    </div>
  );
}

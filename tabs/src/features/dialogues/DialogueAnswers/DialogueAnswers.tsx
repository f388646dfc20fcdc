import { Badge, Spinner } from '@fluentui/react-components';
import { useDialogueAnswers } from '../use-dialogues';
import { dateTime } from '../../../lib/dates';
import { ANSWER_COLORS, ANSWER_STATUS_LABELS, DELIVERY_LABELS } from '../dialogues';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { useDialogueAnswersStyles } from './DialogueAnswers.styles';

/** The answers to a round: per group and person, their documents' status, and whether the card reached them. */
export function DialogueAnswers({ roundId, revision }: { roundId: string; revision: number }) {
  const styles = useDialogueAnswersStyles();
  const data = useDialogueAnswers(roundId, revision);
  if (data.status === 'loading') return <Spinner size="small" label="Hämtar svaren…" />;
  if (data.status === 'error') return <ErrorBar error={data.error} onRetry={data.reload} />;
  const { answers, outbox } = data.data;
  return (
    <div className={styles.root} data-testid="dialogue-answers">
      <p className={styles.counts}>
        {(['accepted', 'otherTime', 'declined', 'pending'] as const)
          .map((a) => `${ANSWER_STATUS_LABELS[a]}: ${answers.counts[a] ?? 0}`)
          .join(' · ')}
      </p>
      {outbox.withoutConversation.length > 0 && (
        <div className={styles.warning} role="note">
          <p className={styles.warningTitle}>
            Boten når inte {outbox.withoutConversation.length === 1 ? 'en person' : `${outbox.withoutConversation.length} personer`}
          </p>
          <p className={styles.warningText}>
            De har inte öppnat appen i Teams än, så inbjudan kan inte skickas som kort. Be dem öppna appen, eller bjud in dem på annat sätt.
          </p>
          <ul className={styles.people}>
            {outbox.withoutConversation.map((p) => (
              <li key={p.personId}>
                {p.personName}
                {p.email ? ` (${p.email})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {answers.groups.map(({ group, invitees }) => (
        <DataTable
          key={group.id}
          caption={`${group.name}${group.start ? ` – ${dateTime(group.start)}` : ' – tid saknas'}`}
          rowHeaders
          columns={[{ label: 'Person' }, { label: 'Enheter och dokument' }, { label: 'Svar' }, { label: 'Kommentar' }, { label: 'Kortet' }]}
          rows={invitees.map((v) => [
            v.displayName,
            v.units.length
              ? v.units.map((u) => `${u.name}${u.documentStatusLabel ? `: ${u.documentStatusLabel.toLowerCase()}` : ''}`).join(', ')
              : 'Huvudmannen',
            <Badge key="a" appearance="tint" color={ANSWER_COLORS[v.answer]}>
              {ANSWER_STATUS_LABELS[v.answer]}
            </Badge>,
            v.answerNote || '–',
            <span key="d" className={v.delivery === 'failed' || v.delivery === 'noReference' ? styles.problem : undefined}>
              {DELIVERY_LABELS[v.delivery] ?? v.delivery}
              {v.deliveryProblem ? ` – ${v.deliveryProblem}` : ''}
            </span>,
          ])}
          empty="Inga inbjudna i gruppen."
        />
      ))}
    </div>
  );
}

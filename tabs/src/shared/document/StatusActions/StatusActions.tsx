import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { DocumentKind, Transition } from '../../../api/types';
import { useConfirm } from '../../hooks/confirm';
import { useDocumentNames } from '../use-document-names';
import { TRANSITION_LABELS } from '../../../lib/labels';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { MissingList } from '../MissingList/MissingList';
import { useStatusActionsStyles } from './StatusActions.styles';

const ORDER: Transition[] = ['ready', 'withdraw', 'finalise', 'reopen'];


interface Props {
  kind: DocumentKind;
  transitions: Transition[];
  /** Required sections still empty: "klar för dialog" waits until there are none. */
  missing?: string[];
  /** What finalising waits for (the same, and unanswered organiser comments). */
  missingToFinalise?: string[];
  onTransition(transition: Transition, comment?: string): Promise<ApiError | null>;
}

/**
 * The status changes the server offers this person now. Finalising asks first; returning asks
 * for a comment, which the principal sees on the document.
 */
export function StatusActions({ kind, transitions, missing = [], missingToFinalise = [], onTransition }: Props) {
  const styles = useStatusActionsStyles();
  const missingId = useId();
  const finaliseId = useId();
  const noun = useDocumentNames()[kind];
  const [busy, setBusy] = useState<Transition | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = useConfirm();
  const blocked = missing.length > 0;

  async function run(t: Transition) {
    if (t === 'reopen')
      return confirm({
        title: `Återsänd ${noun.the}`,
        text: `${noun.The} går tillbaka till utkast så att rektor kan arbeta vidare. Skriv vad som behöver göras – kommentaren visas i dokumentet.`,
        confirmLabel: 'Återsänd',
        comment: { label: 'Kommentar till rektor' },
        run: (comment) => onTransition('reopen', comment),
      });
    if (t === 'finalise')
      return confirm({
        title: `Fastställ ${noun.the}?`,
        text:
          kind === 'plan'
            ? 'När planen är fastställd kan målområden, åtaganden och aktiviteter inte längre ändras. Uppföljningar och aktiviteternas resultat kan fortfarande skrivas.'
            : `När ${noun.the} är fastställd kan den inte längre ändras.`,
        confirmLabel: 'Fastställ',
        run: () => onTransition('finalise'),
      });
    setBusy(t);
    setError(null);
    setError(await onTransition(t));
    setBusy(null);
  }

  const available = ORDER.filter((t) => transitions.includes(t));
  if (!available.length && !error) return null;

  return (
    <div className={styles.root}>
      {available.length > 0 && (
        <div className={styles.buttons} role="group" aria-label="Status">
          {available.map((t) => {
            const disabled = busy !== null || (t === 'ready' && blocked);
            return (
              <Button
                key={t}
                appearance={t === 'ready' || t === 'finalise' ? 'primary' : 'secondary'}
                disabledFocusable={disabled}
                aria-describedby={t === 'ready' && blocked ? missingId : t === 'finalise' && missingToFinalise.length ? finaliseId : undefined}
                aria-haspopup={t === 'finalise' || t === 'reopen' ? 'dialog' : undefined}
                icon={busy === t ? <Spinner size="tiny" /> : undefined}
                onClick={() => void run(t)}
              >
                {TRANSITION_LABELS[t]}
              </Button>
            );
          })}
        </div>
      )}
      {available.includes('ready') && blocked && (
        <MissingList id={missingId} title={`Innan ${noun.the} kan markeras klar för dialog behöver du fylla i:`} missing={missing} />
      )}
      {/* Not disabled: comments answered since the document was read would not show here; the server decides. */}
      {available.includes('finalise') && missingToFinalise.length > 0 && (
        <MissingList id={finaliseId} title={`Innan ${noun.the} kan fastställas saknas:`} missing={missingToFinalise} />
      )}
      {error &&
        (error.code === 'REPORT_INCOMPLETE' || error.code === 'PLAN_INCOMPLETE' ? (
          <MessageBar intent="error" layout="multiline" data-testid="transition-error">
            <MessageBarBody>
              {/* Only "klar för dialog" is run without a dialog; finalising shows its error in the dialog. */}
              <MessageBarTitle>{noun.The} kan inte markeras klar för dialog</MessageBarTitle>
              {error.missing.length > 0 ? (
                <>
                  Det här saknas nu (någon kan ha ändrat medan du arbetade):
                  <ul className={styles.missing}>
                    {error.missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </>
              ) : (
                error.message
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setError(null)}>Stäng</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <ErrorBar error={error} onDismiss={() => setError(null)} />
        ))}
    </div>
  );
}

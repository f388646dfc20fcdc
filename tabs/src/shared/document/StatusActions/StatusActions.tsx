import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { Transition } from '../../../api/types';
import { useConfirm } from '../../hooks/confirm';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { MissingList } from '../MissingList/MissingList';
import { useStatusActionsStyles } from './StatusActions.styles';
import type { StatusTexts } from './status-texts';

const ORDER: Transition[] = ['ready', 'withdraw', 'finalise', 'reopen'];

interface Props {
  /** The document's words (status-texts.ts; the annual follow-up has its own). */
  texts: StatusTexts;
  transitions: Transition[];
  /** Required sections still empty: "klar för dialog" waits until there are none. */
  missing?: string[];
  /** What finalising waits for (the same, and unanswered organiser comments). */
  missingToFinalise?: string[];
  onTransition(transition: Transition, comment?: string): Promise<ApiError | null>;
}

/**
 * The status changes the server offers this person now, for any document. Finalising asks first;
 * reopening asks for a comment, which is kept on the document.
 */
export function StatusActions({ texts, transitions, missing = [], missingToFinalise = [], onTransition }: Props) {
  const styles = useStatusActionsStyles();
  const missingId = useId();
  const finaliseId = useId();
  const [busy, setBusy] = useState<Transition | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = useConfirm();
  const blocked = missing.length > 0;

  async function run(t: Transition) {
    if (t === 'reopen')
      return confirm({
        title: texts.reopen.title,
        text: texts.reopen.text,
        confirmLabel: texts.reopen.confirmLabel,
        comment: { label: texts.reopen.commentLabel },
        run: (comment) => onTransition('reopen', comment),
      });
    if (t === 'finalise') return confirm({ ...texts.finalise, confirmLabel: 'Fastställ', run: () => onTransition('finalise') });
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
            const waits = blocked && texts.blockedByMissing.includes(t);
            const disabled = busy !== null || waits;
            return (
              <Button
                key={t}
                appearance={t === 'ready' || t === 'finalise' ? 'primary' : 'secondary'}
                disabledFocusable={disabled}
                aria-describedby={waits ? missingId : t === 'finalise' && missingToFinalise.length ? finaliseId : undefined}
                aria-haspopup={t === 'finalise' || t === 'reopen' ? 'dialog' : undefined}
                icon={busy === t ? <Spinner size="tiny" /> : undefined}
                onClick={() => void run(t)}
              >
                {texts.labels[t]}
              </Button>
            );
          })}
        </div>
      )}
      {blocked && texts.blockedByMissing.some((t) => available.includes(t)) && (
        <MissingList id={missingId} title={texts.missingTitle} missing={missing} />
      )}
      {/* Not disabled: comments answered since the document was read would not show here; the server decides. */}
      {available.includes('finalise') && missingToFinalise.length > 0 && (
        <MissingList id={finaliseId} title={texts.finaliseMissingTitle} missing={missingToFinalise} />
      )}
      {error &&
        (error.code === 'REPORT_INCOMPLETE' || error.code === 'PLAN_INCOMPLETE' ? (
          <MessageBar intent="error" layout="multiline" data-testid="transition-error">
            <MessageBarBody>
              {/* Only "klar" is run without a dialog; finalising shows its error in the dialog. */}
              <MessageBarTitle>{texts.incompleteTitle}</MessageBarTitle>
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

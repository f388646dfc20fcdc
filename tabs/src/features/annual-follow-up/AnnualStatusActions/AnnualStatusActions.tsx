import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { Transition } from '../../../api/types';
import { useConfirm } from '../../../shared/hooks/confirm';
import { TRANSITION_LABELS } from '../../../lib/labels';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { MissingList } from '../../../shared/document/MissingList/MissingList';
import { useAnnualStatusActionsStyles } from './AnnualStatusActions.styles';

const ORDER: Transition[] = ['ready', 'withdraw', 'finalise', 'reopen'];
const LABELS: Record<Transition, string> = { ...TRANSITION_LABELS, ready: 'Markera klar', reopen: 'Öppna igen med kommentar' };

interface Props {
  transitions: Transition[];
  missing: string[];
  onTransition(transition: Transition, comment?: string): Promise<ApiError | null>;
}

/**
 * The annual follow-up's status changes as the server offers them. "Klar" waits for the analysis
 * (the server says what is missing); finalising asks first, since a final document is not changed.
 */
export function AnnualStatusActions({ transitions, missing, onTransition }: Props) {
  const styles = useAnnualStatusActionsStyles();
  const missingId = useId();
  const [busy, setBusy] = useState<Transition | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = useConfirm();
  const blocked = missing.length > 0;

  async function run(t: Transition) {
    if (t === 'finalise')
      return confirm({
        title: 'Fastställ verksamhetsuppföljningen?',
        text: 'När verksamhetsuppföljningen är fastställd kan den inte längre ändras. Därefter kan den publiceras på intranätet för nämnden.',
        confirmLabel: 'Fastställ',
        run: () => onTransition('finalise'),
      });
    if (t === 'reopen')
      return confirm({
        title: 'Öppna verksamhetsuppföljningen igen',
        text: 'Den går tillbaka till utkast. Skriv varför – kommentaren sparas i dokumentet.',
        confirmLabel: 'Öppna igen',
        comment: { label: 'Kommentar' },
        run: (comment) => onTransition('reopen', comment),
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
            const disabled = busy !== null || ((t === 'ready' || t === 'finalise') && blocked);
            return (
              <Button
                key={t}
                appearance={t === 'ready' || t === 'finalise' ? 'primary' : 'secondary'}
                disabledFocusable={disabled}
                aria-describedby={blocked && (t === 'ready' || t === 'finalise') ? missingId : undefined}
                aria-haspopup={t === 'finalise' || t === 'reopen' ? 'dialog' : undefined}
                icon={busy === t ? <Spinner size="tiny" /> : undefined}
                onClick={() => void run(t)}
              >
                {LABELS[t]}
              </Button>
            );
          })}
        </div>
      )}
      {blocked && (available.includes('ready') || available.includes('finalise')) && (
        <MissingList id={missingId} title="Innan verksamhetsuppföljningen kan markeras klar behöver du fylla i:" missing={missing} />
      )}
      {error &&
        (error.code === 'REPORT_INCOMPLETE' ? (
          <MessageBar intent="error" layout="multiline" data-testid="transition-error">
            <MessageBarBody>
              <MessageBarTitle>Verksamhetsuppföljningen kan inte markeras klar</MessageBarTitle>
              {error.missing.length ? `Det här är tomt: ${error.missing.join(', ')}.` : error.message}
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

import { Button } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../api/api-error';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { usePlanFormStyles } from './PlanForm.styles';

interface Props {
  title: string;
  submitLabel: string;
  /** Checks the fields; returns false to stay (the fields show why). */
  validate?(): boolean;
  /** Saves; resolves to the error to show, or null when saved. */
  onSubmit(): Promise<ApiError | null>;
  onDone(): void;
  children: ReactNode;
}

/**
 * A small form in the plan: saves, shows the server's message right here when it fails, and keeps
 * what was typed (after a conflict the plan beneath shows the other person's version).
 */
export function PlanForm({ title, submitLabel, validate, onSubmit, onDone, children }: Props) {
  const styles = usePlanFormStyles();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || (validate && !validate())) return;
    setBusy(true);
    setError(null);
    const failure = await onSubmit();
    setBusy(false);
    if (failure) setError(failure);
    else onDone();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && !busy) {
      e.stopPropagation();
      onDone();
    }
  }

  return (
    <form className={styles.form} aria-labelledby={titleId} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
      <div id={titleId} className={styles.title}>
        {title}
      </div>
      {children}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <div className={styles.actions}>
        <BusyButton busy={busy} type="submit" appearance="primary">
          {submitLabel}
        </BusyButton>
        <Button type="button" disabled={busy} onClick={onDone}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

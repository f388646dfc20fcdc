import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { usePlanNotStartedStyles } from './PlanNotStarted.styles';

/** The empty state; the unit's principal can start the plan from here. */
export function PlanNotStarted({ schoolYear, canStart, onStart }: { schoolYear: string; canStart: boolean; onStart(): Promise<ApiError | null> }) {
  const styles = usePlanNotStartedStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    const failure = await onStart();
    setBusy(false);
    setError(failure);
  }

  return (
    <section className={styles.root} aria-labelledby="plan-not-started">
      <h2 id="plan-not-started" className={styles.title}>
        Åtagandeplanen för {schoolYear} är inte påbörjad
      </h2>
      <p className={styles.text}>
        {canStart
          ? 'När du påbörjar planen läggs de obligatoriska målområdena in. Sedan lägger du till åtaganden, aktiviteter och uppföljningar.'
          : 'Enhetens rektor påbörjar planen. Den syns här när den är påbörjad.'}
      </p>
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {canStart && (
        <Button appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={() => void start()}>
          Påbörja åtagandeplanen
        </Button>
      )}
    </section>
  );
}

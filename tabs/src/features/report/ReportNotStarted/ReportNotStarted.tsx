import { Spinner } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useId, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useNotStartedStyles } from '../../../shared/document/not-started.styles';

/** The report's empty state: the principal starts it, and it is built from the year's plan. */
export function ReportNotStarted({
  schoolYear,
  canStart,
  onStart,
}: {
  schoolYear: string;
  canStart: boolean | undefined;
  onStart(): Promise<ApiError | null>;
}) {
  const styles = useNotStartedStyles();
  const headingId = useId();
  const { report, plan } = useDocumentNames();
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
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {report.The} för {schoolYear} är inte påbörjad
      </h2>
      {canStart === undefined && <Spinner size="small" label="Hämtar…" />}
      {canStart === false && <p className={styles.text}>Enhetens rektor påbörjar {report.the}. Den syns här när den är påbörjad.</p>}
      {canStart && (
        <>
          <p className={styles.text}>
            {report.The} byggs från läsårets {plan.the.replace(/en$/, '')}: varje prioriterat målområde och åtagande får plats för resultat
            och effekter, med planens aktiviteter och uppföljningar bredvid. Sedan skriver du underlag, analys och utvecklingsbehov.
          </p>
          {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
          <BusyButton busy={busy} appearance="primary" onClick={() => void start()}>
            Påbörja {report.the}
          </BusyButton>
        </>
      )}
    </section>
  );
}

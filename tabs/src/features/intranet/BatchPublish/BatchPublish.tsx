import { Checkbox, mergeClasses, Spinner } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import type { PublishableDocument, PublishOutcome } from '../../../api/intranet-batch-api';
import { dateTime } from '../../../lib/dates';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { docKey, useBatchPublish } from '../use-batch-publish';
import { useBatchPublishStyles } from './BatchPublish.styles';

function outcomeText(o: PublishOutcome): string {
  if (o.outcome === 'published') return 'Publicerad';
  if (o.outcome === 'unchanged') return 'Oförändrad – redan publicerad i den här versionen';
  return `Misslyckades: ${o.error?.message ?? 'Försök igen.'}`;
}

function Row({
  doc,
  checked,
  outcome,
  disabled,
  onToggle,
}: {
  doc: PublishableDocument;
  checked: boolean;
  outcome?: PublishOutcome;
  disabled: boolean;
  onToggle(on: boolean): void;
}) {
  const styles = useBatchPublishStyles();
  return (
    <li className={styles.item} data-testid="publishable-document">
      <Checkbox
        checked={checked}
        disabled={disabled}
        onChange={(_, d) => onToggle(d.checked === true)}
        label={
          <span className={styles.label}>
            <span className={styles.title}>{doc.title}</span>
            <span className={styles.meta}>
              {doc.unitName ? `${doc.unitName} · ` : ''}
              {doc.publishedAt ? `Publicerad ${dateTime(doc.publishedAt)}` : 'Inte publicerad'}
            </span>
          </span>
        }
      />
      {outcome && (
        <span
          className={mergeClasses(styles.outcome, styles[outcome.outcome])}
          role="status"
          data-testid="publish-outcome"
          data-outcome={outcome.outcome}
        >
          {outcomeText(outcome)}
        </span>
      )}
    </li>
  );
}

/**
 * "Fastställda dokument att publicera", the organiser's: the year's final documents as a checklist,
 * published together; each document's outcome is shown under it (a retry makes no duplicate).
 */
export default function BatchPublish({ schoolYear, onPublished }: { schoolYear: string; onPublished(): void }) {
  const styles = useBatchPublishStyles();
  const { documents, selected, toggle, setAll, publish, busy, error, outcomes, dismiss } = useBatchPublish(schoolYear, onPublished);
  const list = documents.data;
  const all = !!list?.length && list.every((d) => selected.has(docKey(d)));
  const some = !!list?.some((d) => selected.has(docKey(d)));
  const count = list?.filter((d) => selected.has(docKey(d))).length ?? 0;
  return (
    <Panel
      title="Fastställda dokument att publicera"
      description={`Läsår ${schoolYear.replace('-', '/')}. Bara fastställda dokument visas; samma version publiceras inte två gånger.`}
      testId="batch-publish"
    >
      <div className={styles.root}>
        {!list && documents.status === 'loading' && <Spinner label="Hämtar de fastställda dokumenten…" />}
        {!list && documents.status === 'error' && <ErrorBar error={documents.error} onRetry={documents.reload} />}
        {list && list.length === 0 && <p className={styles.empty}>Inga fastställda dokument det här läsåret.</p>}
        {list && list.length > 0 && (
          <>
            <Checkbox
              checked={all ? true : some ? 'mixed' : false}
              disabled={busy}
              onChange={(_, d) => setAll(d.checked === true)}
              label="Markera alla"
            />
            <ul className={styles.list} aria-label="Fastställda dokument">
              {list.map((d) => (
                <Row
                  key={docKey(d)}
                  doc={d}
                  checked={selected.has(docKey(d))}
                  outcome={outcomes.get(docKey(d))}
                  disabled={busy}
                  onToggle={(on) => toggle(docKey(d), on)}
                />
              ))}
            </ul>
            <div className={styles.actions}>
              <BusyButton busy={busy} appearance="primary" disabled={count === 0} onClick={() => void publish()}>
                {`Publicera valda (${count})`}
              </BusyButton>
            </div>
          </>
        )}
        {error && <ErrorBar error={error} onDismiss={dismiss} />}
      </div>
    </Panel>
  );
}

import { Field, Select } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import { usePlanEditor } from '../plan-editor';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useAddGoalAreaStyles } from './AddGoalArea.styles';

/**
 * Prioritise another goal area from the curriculum's catalogue. The server's rules come with the
 * plan, so the choice is closed up front at the maximum instead of failing after the click.
 */
export function AddGoalArea() {
  const styles = useAddGoalAreaStyles();
  const { doc, write } = usePlanEditor();
  const titleId = useId();
  const reasonId = useId();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const chosen = new Set(doc.plan.goalAreas.map((g) => g.key));
  const available = doc.goalAreaCatalogue.filter((g) => !chosen.has(g.key));
  const max = doc.rules.maxGoalAreas;
  const atMax = doc.plan.goalAreas.length >= max;
  const reason = atMax
    ? `Högst ${max} målområden får prioriteras. Ta bort ett målområde om du vill välja ett annat.`
    : !available.length
      ? 'Alla målområden är redan valda.'
      : null;
  const selected = available.some((g) => g.key === key) ? key : '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!selected || reason || busy) return;
    setBusy(true);
    setError(null);
    const failure = await write((w, etag) => w.addGoalArea(etag, selected));
    setBusy(false);
    setError(failure);
    if (!failure) setKey('');
  }

  return (
    <form className={styles.root} aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
      <h2 id={titleId} className={styles.title}>
        Prioritera ett målområde
      </h2>
      {reason && (
        <p id={reasonId} className={styles.reason} data-testid="goal-area-limit">
          {reason}
        </p>
      )}
      <div className={styles.row}>
        <Field label="Målområde" className={styles.field}>
          <Select value={selected} disabled={!!reason} onChange={(_, d) => setKey(d.value)}>
            <option value="">Välj målområde…</option>
            {available.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label}
              </option>
            ))}
          </Select>
        </Field>
        <BusyButton
          busy={busy}
          type="submit"
          appearance="primary"
          disabledFocusable={!!reason || !selected || busy}
          aria-describedby={reason ? reasonId : undefined}
        >
          Lägg till målområde
        </BusyButton>
      </div>
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}

import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { GroupResult, SurveyRound } from '../../../api/organiser-types';
import { useRoundResults } from '../use-survey';
import { formatNumber, formatPercent, TLD_AREA_LABELS, TLD_AREAS } from '../../../lib/figures';
import { hiddenShort, indexOf } from '../survey-results';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { useRoundResultsTableStyles } from './RoundResultsTable.styles';

const areas = (r: GroupResult) => TLD_AREAS.map((a) => (r.shown ? formatNumber(indexOf(r, a)) : '–'));
const remark = (r: GroupResult) => (r.shown ? '' : hiddenShort(r));

/** Every unit's results for a round side by side (hidden where too few answered), with the totals and a CSV export. */
export function RoundResultsTable({ rounds }: { rounds: SurveyRound[] }) {
  const styles = useRoundResultsTableStyles();
  const started = rounds.filter((r) => r.status !== 'planned');
  const [chosen, setChosen] = useState<string>('');
  const roundId = chosen || started[started.length - 1]?.id || null;
  const { results, error, exportCsv, dismiss } = useRoundResults(roundId);
  if (!started.length) return <p className={styles.empty}>Resultaten visas här när en mätning har öppnats.</p>;
  const data = results.data;
  return (
    <div className={styles.root}>
      <div className={styles.tools}>
        <Field label="Mätning">
          <Select value={roundId ?? ''} onChange={(_, d) => setChosen(d.value)}>
            {started.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void exportCsv()}>Exportera CSV</Button>
      </div>
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
      {results.status === 'loading' && <Spinner size="small" label="Hämtar resultaten…" />}
      {results.status === 'error' && <ErrorBar error={results.error} onRetry={results.reload} />}
      {data && (
        <>
          <DataTable
            caption={`Resultat per enhet, ${data.round.label}`}
            rowHeaders
            columns={[
              { label: 'Enhet' },
              { label: 'Svar', numeric: true },
              { label: 'Svarsfrekvens', numeric: true },
              ...TLD_AREAS.map((a) => ({ label: TLD_AREA_LABELS[a], numeric: true })),
              { label: 'Anmärkning' },
            ]}
            // The count beside the response rate is what the rate is of: every answer received (a hidden unit's too).
            rows={data.units.map((u) => [u.unitName, u.received, formatPercent(u.responseRate), ...areas(u), remark(u)])}
            testId="round-results"
          />
          <DataTable
            caption="Per skolform och för hela huvudmannen"
            rowHeaders
            columns={[
              { label: 'Grupp' },
              { label: 'Svar', numeric: true },
              ...TLD_AREAS.map((a) => ({ label: TLD_AREA_LABELS[a], numeric: true })),
              { label: 'Anmärkning' },
            ]}
            rows={[
              ...data.schoolForms.map((f) => [f.label, f.answers, ...areas(f), remark(f)]),
              ...data.totals.map((t) => [t.label, t.answers, ...areas(t), remark(t)]),
            ]}
          />
          <p className={styles.note}>
            Resultat visas bara för grupper där minst {data.minAnswers} har svarat, och aldrig så att en liten grupps svar kan räknas fram.
          </p>
        </>
      )}
    </div>
  );
}

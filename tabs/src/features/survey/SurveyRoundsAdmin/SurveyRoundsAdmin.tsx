import { Badge, Button, Field, Input, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useSurveyRounds } from '../use-survey';
import { defaultRoundDates, ROUND_STATUS_LABELS } from '../survey-results';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { WheelRounds } from '../WheelRounds/WheelRounds';
import { useSurveyRoundsAdminStyles } from './SurveyRoundsAdmin.styles';

type Rounds = ReturnType<typeof useSurveyRounds>;
const COLORS = { planned: 'informative', open: 'success', closed: 'subtle' } as const;

/** The organiser's rounds: those the year wheel plans, or one made by hand (autumn or spring); open it (every unit gets its link), close it. */
export function SurveyRoundsAdmin({ schoolYear, rounds }: { schoolYear: string; rounds: Rounds }) {
  const styles = useSurveyRoundsAdminStyles();
  const [period, setPeriod] = useState<'autumn' | 'spring'>('autumn');
  const [dates, setDates] = useState(() => defaultRoundDates(schoolYear, 'autumn'));
  const list = rounds.rounds.data ?? [];
  const exists = list.some((r) => r.period === period && (r.respondents ?? 'children') === 'children');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await rounds.create({ period, ...dates });
  };

  return (
    <div className={styles.root}>
      <WheelRounds schoolYear={schoolYear} onChanged={rounds.rounds.reload} />
      {rounds.rounds.status === 'loading' && <Spinner size="small" label="Hämtar mätningarna…" />}
      {rounds.rounds.status === 'error' && <ErrorBar error={rounds.rounds.error} onRetry={rounds.rounds.reload} />}
      <DataTable
        caption={`TLD-mätningar ${schoolYear}`}
        captionHidden
        rowHeaders
        columns={[{ label: 'Mätning' }, { label: 'Period' }, { label: 'Status' }, { label: '' }]}
        rows={list.map((r) => [
          r.label,
          `${r.opensOn} – ${r.closesOn}`,
          <Badge key="s" appearance="tint" color={COLORS[r.status]}>
            {ROUND_STATUS_LABELS[r.status]}
          </Badge>,
          r.status === 'open' ? (
            <Button key="b" size="small" disabled={rounds.busy} onClick={() => void rounds.setStatus(r.id, 'closed')}>
              Stäng {r.label}
            </Button>
          ) : (
            <Button key="b" size="small" appearance="primary" disabled={rounds.busy} onClick={() => void rounds.setStatus(r.id, 'open')}>
              {r.status === 'closed' ? 'Öppna igen' : 'Öppna'} {r.label}
            </Button>
          ),
        ])}
        empty="Inga mätningar för läsåret ännu."
        testId="survey-rounds"
      />
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Ny TLD-mätning">
        <Field label="Ny mätning">
          <RadioGroup
            layout="horizontal"
            value={period}
            onChange={(_, d) => {
              const p = d.value as 'autumn' | 'spring';
              setPeriod(p);
              setDates(defaultRoundDates(schoolYear, p));
            }}
          >
            <Radio value="autumn" label="Hösten (oktober)" />
            <Radio value="spring" label="Våren (april)" />
          </RadioGroup>
        </Field>
        <div className={styles.dates}>
          <Field label="Öppnar">
            <Input type="date" value={dates.opensOn} onChange={(_, d) => setDates((x) => ({ ...x, opensOn: d.value }))} />
          </Field>
          <Field label="Stänger">
            <Input type="date" value={dates.closesOn} onChange={(_, d) => setDates((x) => ({ ...x, closesOn: d.value }))} />
          </Field>
          <Button type="submit" appearance="primary" disabled={rounds.busy || exists}>
            Skapa mätningen
          </Button>
        </div>
        {exists && <p className={styles.note}>Det finns redan en mätning för den perioden i läsåret.</p>}
      </form>
      {rounds.error && <ErrorBar error={rounds.error} onDismiss={rounds.dismiss} />}
    </div>
  );
}

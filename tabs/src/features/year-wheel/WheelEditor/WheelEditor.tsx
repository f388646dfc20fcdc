import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MonthDay, WheelEvent } from '../../../api/organiser-types';
import { useYearWheelEditor, wheelProblems } from '../use-year-wheel';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { kindLabel } from '../wheel-geometry';
import { useWheelEditorStyles } from './WheelEditor.styles';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function MonthDayInput({ label, value, onChange }: { label: string; value: MonthDay; onChange(v: MonthDay): void }) {
  const styles = useWheelEditorStyles();
  return (
    <fieldset className={styles.monthDay}>
      <legend className={styles.legend}>{label}</legend>
      <Input
        type="number"
        className={styles.day}
        aria-label={`${label}, dag`}
        value={Number.isNaN(value.day) ? '' : String(value.day)}
        onChange={(_, d) => onChange({ ...value, day: d.value === '' ? NaN : Number(d.value) })}
      />
      <Select
        aria-label={`${label}, månad`}
        value={String(value.month)}
        onChange={(_, d) => onChange({ ...value, month: Number(d.value) })}
      >
        {MONTHS.map((m, i) => (
          <option key={m} value={i + 1}>
            {m}
          </option>
        ))}
      </Select>
    </fieldset>
  );
}

/** One event's dates (and time), as its kind has them. */
function EventDates({ event, onChange }: { event: WheelEvent; onChange(e: WheelEvent): void }) {
  const styles = useWheelEditorStyles();
  switch (event.kind) {
    case 'dialogueWindow':
    case 'surveyRound':
      return (
        <div className={styles.fields}>
          <MonthDayInput label="Från" value={event.start} onChange={(start) => onChange({ ...event, start })} />
          <MonthDayInput label="Till" value={event.end} onChange={(end) => onChange({ ...event, end })} />
        </div>
      );
    case 'documentDeadline':
    case 'boardMeeting':
    case 'milestone':
      return (
        <div className={styles.fields}>
          <MonthDayInput label="Datum" value={event.date} onChange={(date) => onChange({ ...event, date })} />
          <Field label="Tid">
            <Input className={styles.time} value={event.time} onChange={(_, d) => onChange({ ...event, time: d.value })} />
          </Field>
        </div>
      );
    case 'checkIn':
      return (
        <div className={styles.fields}>
          <Field label="Dag i månaden">
            <Input
              type="number"
              className={styles.day}
              value={Number.isNaN(event.day) ? '' : String(event.day)}
              onChange={(_, d) => onChange({ ...event, day: d.value === '' ? NaN : Number(d.value) })}
            />
          </Field>
          <Field label="Tid">
            <Input className={styles.time} value={event.time} onChange={(_, d) => onChange({ ...event, time: d.value })} />
          </Field>
          <span className={styles.months}>Månader: {event.months.map((m) => MONTHS[m - 1]?.slice(0, 3)).join(', ')}</span>
        </div>
      );
  }
}

/**
 * The organiser's year wheel, event by event: dates and times. The server checks them and names
 * every problem in Swedish (30 februari, an end before its start); saving over someone else's
 * newer wheel is refused and says so.
 */
export function WheelEditor({ onSaved }: { onSaved(): void }) {
  const styles = useWheelEditorStyles();
  const { stored, saving, error, save, dismiss, reload } = useYearWheelEditor(onSaved);
  const [events, setEvents] = useState<WheelEvent[] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (stored.data) setEvents(stored.data.wheel.events);
  }, [stored.data]);

  if (stored.status === 'loading' || !events)
    return stored.status === 'error' ? (
      <ErrorBar error={stored.error} onRetry={stored.reload} />
    ) : (
      <Spinner size="small" label="Hämtar årshjulet…" />
    );
  const problems = wheelProblems(error);
  const problemsFor = (key: string) => problems.filter((p) => p.key === key);
  const change = (i: number, e: WheelEvent) => {
    setSaved(false);
    setEvents(events.map((x, j) => (j === i ? e : x)));
  };

  return (
    <form
      className={styles.root}
      aria-label="Ändra årshjulet"
      onSubmit={async (ev) => {
        ev.preventDefault();
        // Numbers left empty go as 0 so the server can say what is wrong with them.
        const clean = JSON.parse(JSON.stringify(events, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? 0 : v))) as WheelEvent[];
        setSaved(await save({ ...stored.data!.wheel, events: clean }, stored.data?.etag));
      }}
    >
      {stored.data?.isDefault && <p className={styles.note}>Årshjulet följer standarden. När du sparar blir det huvudmannens eget.</p>}
      <ol className={styles.list}>
        {events.map((e, i) => {
          const mine = problemsFor(e.key);
          return (
            <li key={e.key} className={mine.length ? styles.itemProblem : styles.item} data-testid="wheel-editor-event">
              <div className={styles.itemHead}>
                <span className={styles.label}>{e.label}</span>
                <span className={styles.kind}>{kindLabel(e.kind)}</span>
              </div>
              <EventDates event={e} onChange={(next) => change(i, next)} />
              {mine.length > 0 && (
                <ul className={styles.problems}>
                  {mine.map((p) => (
                    <li key={p.message}>{p.message}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {error &&
        (problems.length ? (
          <MessageBar intent="error" layout="multiline" data-testid="wheel-problems">
            <MessageBarBody>
              <MessageBarTitle>Årshjulet sparades inte</MessageBarTitle>
              <ul className={styles.problemList}>
                {problems.map((p) => (
                  <li key={`${p.key}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={dismiss}>Stäng</Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <ErrorBar error={error} onDismiss={dismiss} onRetry={error.isConflict || error.code === 'CONFLICT' ? reload : undefined} />
        ))}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
          Spara årshjulet
        </Button>
        <Button disabled={saving} onClick={() => (setEvents(stored.data?.wheel.events ?? events), dismiss(), setSaved(false))}>
          Ångra ändringarna
        </Button>
        <span role="status" className={styles.saved}>
          {saved ? 'Årshjulet är sparat.' : ''}
        </span>
      </div>
    </form>
  );
}

import { mergeClasses, Spinner } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { WheelEventKind } from '../../../api/organiser-types';
import type { Me } from '../../../api/types';
import { useDueForMe, useWheelEvents } from '../use-year-wheel';
import { todayIso } from '../../../lib/dates';
import { describeDates, kindLabel, wheelEntries } from '../wheel-geometry';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DueForMe } from '../DueForMe/DueForMe';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { WheelEditor } from '../WheelEditor/WheelEditor';
import { WheelRing } from '../WheelRing/WheelRing';
import { useYearWheelViewStyles } from './YearWheelView.styles';

/**
 * Årshjul: the school year as a wheel with its events, the same events as a list (what screen
 * readers read), what is on its way for the person, and for the organiser the dates to edit.
 */
export default function YearWheelView({ me, schoolYear }: { me: Me | undefined; schoolYear: string }) {
  const styles = useYearWheelViewStyles();
  const [revision, setRevision] = useState(0);
  const events = useWheelEvents(schoolYear, revision);
  const due = useDueForMe(schoolYear, revision);
  const canEdit = me?.roles.some((r) => r === 'organiser' || r === 'admin') ?? false;
  const onSaved = useCallback(() => setRevision((r) => r + 1), []);
  const today = todayIso();
  const entries = events.data ? wheelEntries(events.data.events) : null;
  const markers: Record<WheelEventKind, string> = {
    dialogueWindow: styles.dialogueWindow,
    surveyRound: styles.surveyRound,
    documentDeadline: styles.documentDeadline,
    boardMeeting: styles.boardMeeting,
    milestone: styles.milestone,
    checkIn: styles.checkIn,
  };
  const marker = (kind: WheelEventKind) => markers[kind] ?? styles.checkIn;

  return (
    <div className={styles.root}>
      <ViewHeader
        title={`Årshjul ${schoolYear}`}
        intro="Läsårets återkommande händelser: dialoger, TLD-mätningar, dokumentens deadlines och nämndens möten. Boten påminner utifrån årshjulet."
      />
      <div className={styles.columns}>
        <Panel title="Läsåret">
          {events.status === 'loading' && <Spinner label="Hämtar årshjulet…" />}
          {events.status === 'error' && <ErrorBar error={events.error} onRetry={events.reload} />}
          {entries && events.data && (
            <div className={styles.wheel}>
              <WheelRing schoolYear={schoolYear} events={events.data.events} today={today} />
              <ol className={styles.list} aria-label={`Händelser läsåret ${schoolYear}`} data-testid="wheel-events">
                {entries.main.map(({ n, event: e }) => (
                  <li key={e.key} className={styles.item}>
                    <span className={mergeClasses(styles.number, marker(e.kind))} aria-hidden>
                      {n}
                    </span>
                    <span className={styles.text}>
                      <span className={styles.label}>{e.label}</span>
                      <span className={styles.meta}>
                        {describeDates(e)} · {kindLabel(e.kind)}
                      </span>
                    </span>
                  </li>
                ))}
                {entries.checkIns.length > 0 && (
                  <li className={styles.item}>
                    <span className={mergeClasses(styles.number, styles.checkIn)} aria-hidden>
                      |
                    </span>
                    <span className={styles.text}>
                      <span className={styles.label}>{entries.checkIns[0].label}</span>
                      <span className={styles.meta}>{entries.checkIns.map((e) => describeDates(e)).join(', ')} · streck i hjulet</span>
                    </span>
                  </li>
                )}
              </ol>
            </div>
          )}
        </Panel>
        <Panel title="Det här är på gång för dig">
          <DueForMe due={due} />
        </Panel>
      </div>
      {canEdit && (
        <Panel
          title="Ändra datum"
          description="Datum anges som dag och månad; året följer av läsåret. Ändringarna gäller alla kommande läsår och påminnelserna."
        >
          <WheelEditor onSaved={onSaved} />
        </Panel>
      )}
    </div>
  );
}

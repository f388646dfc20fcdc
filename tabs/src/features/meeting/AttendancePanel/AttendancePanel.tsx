import { Button, Checkbox } from '@fluentui/react-components';
import type { MeetingApi } from '../../../api/meeting-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { dateTime } from '../../../lib/dates';
import { MEETING_ROLE_LABELS } from '../meeting-texts';
import { useAttendance } from '../use-meeting';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

const PRESENT_TEXT = (present: boolean | null) => (present === null ? 'inte markerad' : present ? 'närvarande' : 'frånvarande');

/** Who came: from the meeting's attendance report where the app may read it, else marked here. */
export function AttendancePanel({ meetingApi }: { meetingApi: MeetingApi }) {
  const styles = useAttendancePanelStyles();
  const { attendance, loading, error, mark, refresh } = useAttendance(meetingApi);
  return (
    <section className={styles.root} aria-labelledby="attendance-title" data-testid="attendance">
      <h3 id="attendance-title" className={styles.title}>
        Närvaro
      </h3>
      {loading && <p className={styles.muted}>Hämtar närvaron…</p>}
      {error && <ErrorBar error={error} />}
      {attendance && (
        <>
          <p className={styles.muted}>
            {attendance.source === 'graph'
              ? `Från mötets närvarorapport${attendance.fetchedAt ? `, hämtad ${dateTime(attendance.fetchedAt)}` : ''}.`
              : 'Ingen närvarorapport från Teams: markera vilka som kom.'}
            {attendance.problem ? ` ${attendance.problem}` : ''}
          </p>
          <ul className={styles.list}>
            {attendance.people.map((p) => (
              <li key={p.personId} className={styles.person}>
                {attendance.canMark && p.source !== 'graph' ? (
                  <Checkbox
                    label={`${p.displayName} (${MEETING_ROLE_LABELS[p.role]})`}
                    checked={p.present === true}
                    onChange={(_, d) => void mark(p.personId, d.checked === true)}
                  />
                ) : (
                  <span>
                    {p.displayName} ({MEETING_ROLE_LABELS[p.role]}): {PRESENT_TEXT(p.present)}
                    {p.minutes !== null ? `, ${p.minutes} min` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {attendance.canMark && attendance.source === 'graph' && (
            <div>
              <Button size="small" onClick={() => void refresh()}>
                Hämta närvarorapporten igen
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

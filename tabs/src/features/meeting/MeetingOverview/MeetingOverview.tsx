import type { MeetingApi } from '../../../api/meeting-api';
import type { MeetingView } from '../../../api/meeting-types';
import { AttendancePanel } from '../AttendancePanel/AttendancePanel';
import { MeetingHeader } from '../MeetingHeader/MeetingHeader';
import { NoteEditor } from '../NoteEditor/NoteEditor';
import { QuestionsPanel } from '../QuestionsPanel/QuestionsPanel';
import { StaffPicker } from '../StaffPicker/StaffPicker';
import { UnitDocument } from '../UnitDocument/UnitDocument';
import { UnitFigures } from '../UnitFigures/UnitFigures';
import { useNoteSessions } from '../use-meeting';
import { useMeetingOverviewStyles } from './MeetingOverview.styles';

/**
 * The meeting's tab in its chat or details, before and after the call: what to bring, the prepared
 * questions, each unit's document with what changed, its TLD trend and key figures, and its note.
 */
export function MeetingOverview({ view, meetingApi }: { view: MeetingView; meetingApi: MeetingApi }) {
  const styles = useMeetingOverviewStyles();
  const notes = useNoteSessions(meetingApi, view.successFactorCatalogue, 15_000);
  return (
    <main className={styles.root} data-testid="meeting-overview">
      <MeetingHeader view={view} showJoin />
      <QuestionsPanel meetingApi={meetingApi} initial={view.questions} units={view.units} />
      {view.units.map((unit) => {
        const session = notes.session(unit.unitId);
        return (
          <section key={unit.unitId} className={styles.unit} aria-labelledby={`unit-${unit.unitId}`}>
            <h2 id={`unit-${unit.unitId}`} className={styles.unitTitle}>
              {unit.name}
            </h2>
            <p className={styles.meta}>
              {unit.schoolFormLabel}
              {unit.principals.length ? ` · Rektor: ${unit.principals.map((p) => p.displayName).join(', ')}` : ''}
            </p>
            <div className={styles.grid}>
              <UnitDocument unit={unit} bring={view.bring?.document ?? null} />
              <div className={styles.column}>
                <UnitFigures unit={unit} />
                {session && (
                  <NoteEditor
                    session={session}
                    meetingApi={meetingApi}
                    unitName={unit.name}
                    factors={view.successFactorCatalogue}
                    canConvert={view.you.canConvertActions.includes(unit.unitId)}
                  />
                )}
              </div>
            </div>
            {view.kind === 'process' && <StaffPicker meetingApi={meetingApi} canPick={view.you.canPickStaff.includes(unit.unitId)} />}
          </section>
        );
      })}
      <AttendancePanel meetingApi={meetingApi} />
    </main>
  );
}

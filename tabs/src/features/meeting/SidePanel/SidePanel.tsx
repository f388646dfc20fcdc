import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingApi } from '../../../api/meeting-api';
import type { MeetingView } from '../../../api/meeting-types';
import type { MeetingHost } from '../../../host/meeting';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { AttendancePanel } from '../AttendancePanel/AttendancePanel';
import { MeetingHeader } from '../MeetingHeader/MeetingHeader';
import { stageUrl, type MeetingAddress } from '../meeting-texts';
import { NoteEditor } from '../NoteEditor/NoteEditor';
import { QuestionsPanel } from '../QuestionsPanel/QuestionsPanel';
import { StaffPicker } from '../StaffPicker/StaffPicker';
import { UnitDocument } from '../UnitDocument/UnitDocument';
import { UnitFigures } from '../UnitFigures/UnitFigures';
import { useNoteSessions } from '../use-meeting';
import { useSidePanelStyles } from './SidePanel.styles';

interface Props {
  view: MeetingView;
  meetingApi: MeetingApi;
  seam: MeetingHost;
  canShare: boolean;
  address: MeetingAddress;
}

/** "Dela till mötet": the organiser puts the unit's document on the stage for everyone. */
function ShareButton({ seam, url }: { seam: MeetingHost; url: string }) {
  const styles = useSidePanelStyles();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'shared' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const share = () => {
    setState({ kind: 'busy' });
    seam.shareToStage(url).then(
      () => setState({ kind: 'shared' }),
      (e: Error) => setState({ kind: 'error', message: e.message }),
    );
  };
  return (
    <div className={styles.share}>
      <Button
        appearance="primary"
        onClick={share}
        disabled={state.kind === 'busy'}
        icon={state.kind === 'busy' ? <Spinner size="tiny" /> : undefined}
      >
        Dela till mötet
      </Button>
      <p className={styles.status} role="status">
        {state.kind === 'shared' ? 'Dokumentet visas nu på mötesskärmen.' : state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}

/**
 * The meeting's side panel (320 px): one unit at a time — its note written together, sharing its
 * document to the stage, the document and figures to look things up; attendance and, for the
 * process dialogue, the invited staff.
 */
export function SidePanel({ view, meetingApi, seam, canShare, address }: Props) {
  const styles = useSidePanelStyles();
  const [unitId, setUnitId] = useState(
    () => view.units.find((u) => view.you.canWriteNotes.includes(u.unitId))?.unitId ?? view.units[0]?.unitId ?? '',
  );
  const notes = useNoteSessions(meetingApi, view.successFactorCatalogue);
  const unit = view.units.find((u) => u.unitId === unitId);
  const session = unit ? notes.session(unit.unitId) : undefined;

  return (
    <main className={styles.root} data-testid="meeting-side-panel">
      <MeetingHeader view={view} showJoin={false} />
      {view.units.length > 1 && (
        <Field label="Enhet">
          <Select value={unitId} onChange={(_, d) => setUnitId(d.value)}>
            {view.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {unit && view.you.canShareToStage && canShare && unit.document && (
        <ShareButton seam={seam} url={stageUrl(location.origin, address, unit.unitId)} />
      )}
      {notes.error && <ErrorBar error={notes.error} />}
      {unit &&
        (session ? (
          <NoteEditor
            key={unit.unitId}
            session={session}
            meetingApi={meetingApi}
            unitName={unit.name}
            factors={view.successFactorCatalogue}
            canConvert={view.you.canConvertActions.includes(unit.unitId)}
          />
        ) : (
          <Spinner size="small" label="Hämtar anteckningarna…" />
        ))}
      {unit && (
        <Accordion multiple collapsible>
          <AccordionItem value="document">
            <AccordionHeader>{unit.document?.title ?? 'Dokumentet'}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <UnitDocument unit={unit} bring={view.bring?.document ?? null} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="figures">
            <AccordionHeader>TLD och nyckeltal</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <UnitFigures unit={unit} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="questions">
            <AccordionHeader>Förberedda frågor</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <QuestionsPanel meetingApi={meetingApi} initial={view.questions} units={view.units} unitId={unit.unitId} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {view.kind === 'process' && unit && <StaffPicker meetingApi={meetingApi} canPick={view.you.canPickStaff.includes(unit.unitId)} />}
      <AttendancePanel meetingApi={meetingApi} />
    </main>
  );
}

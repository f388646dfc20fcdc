import { Button, Checkbox } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { MeetingApi } from '../../../api/meeting-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useStaff } from '../use-meeting';
import { useStaffPickerStyles } from './StaffPicker.styles';

/**
 * The process dialogue's staff: the principal picks who of the unit's staff is invited; they see the
 * side panel read-only and may add notes. Others see who is invited.
 */
export function StaffPicker({ meetingApi, canPick }: { meetingApi: MeetingApi; canPick: boolean }) {
  const styles = useStaffPickerStyles();
  const { staff, error, save } = useStaff(meetingApi, true);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setChosen(new Set(staff?.invited.map((p) => p.personId) ?? [])), [staff]);

  if (error) return <ErrorBar error={error} />;
  if (!staff) return null;
  if (!canPick || !staff.canEdit)
    return (
      <section aria-label="Inbjudna medarbetare">
        <p className={styles.muted}>
          Inbjudna medarbetare: {staff.invited.length ? staff.invited.map((p) => p.displayName).join(', ') : 'inga ännu'}.
        </p>
      </section>
    );

  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const submit = async () => {
    const failure = await save([...chosen]);
    setSaveError(failure);
    setSaved(!failure);
  };

  return (
    <fieldset className={styles.root} data-testid="staff-picker">
      <legend className={styles.legend}>Medarbetare i processdialogen</legend>
      <p className={styles.muted}>Välj vilka av enhetens medarbetare som bjuds in. De ser mötets flik och kan skriva anteckningar.</p>
      {staff.candidates.map((p) => (
        <Checkbox
          key={p.personId}
          label={p.displayName}
          checked={chosen.has(p.personId)}
          onChange={(_, d) => toggle(p.personId, d.checked === true)}
        />
      ))}
      {saveError && <ErrorBar error={saveError} onDismiss={() => setSaveError(null)} />}
      <div>
        <Button appearance="primary" onClick={() => void submit()}>
          Spara inbjudna
        </Button>
        {saved && <span role="status"> Sparat.</span>}
      </div>
    </fieldset>
  );
}

import type { MeetingView } from '../../../api/meeting-types';
import { MeetingHeader } from '../MeetingHeader/MeetingHeader';
import { UnitDocument } from '../UnitDocument/UnitDocument';
import { UnitFigures } from '../UnitFigures/UnitFigures';
import { useStageViewStyles } from './StageView.styles';

/** The meeting stage: the shared unit's document big for everyone, its figures beside it. */
export function StageView({ view, unitId }: { view: MeetingView; unitId: string }) {
  const styles = useStageViewStyles();
  const unit = view.units.find((u) => u.unitId === unitId);
  return (
    <main className={styles.root} data-testid="meeting-stage">
      <MeetingHeader view={view} showJoin={false} />
      {unit ? (
        <div className={styles.grid}>
          <UnitDocument unit={unit} bring={view.bring?.document ?? null} stage />
          <UnitFigures unit={unit} />
        </div>
      ) : (
        <ul className={styles.list}>
          {view.units.map((u) => (
            <li key={u.unitId}>{u.name}</li>
          ))}
        </ul>
      )}
    </main>
  );
}

import { Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Me } from '../../api/types';
import { PlanEditorProvider, type PlanEditor } from '../../hooks/plan-editor';
import { usePlan } from '../../hooks/use-plan';
import { AddGoalArea } from '../AddGoalArea/AddGoalArea';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { GoalAreaSection } from '../GoalAreaSection/GoalAreaSection';
import { PlanHeader } from '../PlanHeader/PlanHeader';
import { PlanNotStarted } from '../PlanNotStarted/PlanNotStarted';
import { ReadOnlyNote } from '../ReadOnlyNote/ReadOnlyNote';
import { SavedNotice } from '../SavedNotice/SavedNotice';
import { usePlanPageStyles } from './PlanPage.styles';

interface Props {
  unitId: string;
  /** From the unit list; the plan document names the unit too once it is loaded. */
  unitName: string | undefined;
  schoolYear: string;
  me: Me | undefined;
}

/** A unit's Åtagandeplan for a school year: the effect chain, editable by the unit's principal. */
export default function PlanPage({ unitId, unitName, schoolYear, me }: Props) {
  const styles = usePlanPageStyles();
  const { state, savedAt, write, start, reload } = usePlan(unitId, schoolYear);
  const doc = state.status === 'ready' ? state.doc : null;
  const name = doc?.unit.name ?? unitName ?? 'enheten';
  // Only a hint for showing the button; the server decides.
  const isPrincipal = me?.memberships.some((m) => m.unitId === unitId && m.role === 'principal') ?? false;

  const editor = useMemo<PlanEditor | null>(() => (doc ? { doc, canEdit: doc.canEdit, canFollowUp: doc.canFollowUp ?? doc.canEdit, write } : null), [doc, write]);

  return (
    <div className={styles.root}>
      <PlanHeader schoolYear={schoolYear} unitName={name} status={doc?.plan.status}>
        {doc && !doc.canEdit && <ReadOnlyNote status={doc.plan.status} />}
      </PlanHeader>
      {state.status === 'loading' && <Spinner label="Hämtar åtagandeplanen…" />}
      {state.status === 'error' && <ErrorBar error={state.error} onRetry={() => void reload()} />}
      {state.status === 'notStarted' && <PlanNotStarted schoolYear={schoolYear} canStart={isPrincipal} onStart={start} />}
      {editor && (
        <PlanEditorProvider value={editor}>
          <div className={styles.areas}>
            {editor.doc.plan.goalAreas.map((area) => (
              <GoalAreaSection key={area.id} area={area} />
            ))}
            {editor.canEdit && <AddGoalArea />}
          </div>
        </PlanEditorProvider>
      )}
      <SavedNotice savedAt={savedAt} />
    </div>
  );
}

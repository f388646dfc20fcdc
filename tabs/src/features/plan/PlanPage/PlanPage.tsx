import { useEffect, useMemo } from 'react';
import type { Me, PlanDocument, Transition } from '../../../api/types';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import type { DocumentSession } from '../../../shared/document/document-session';
import { DocumentCommentsProvider, useCommentedDocument } from '../../../shared/document/document-comments';
import { PlanEditorProvider, type PlanEditor } from '../plan-editor';
import { useDocumentTarget } from '../../../shared/document/document-target';
import { useSaveOnLeave, useSessionSnapshot } from '../../../shared/document/use-document-session';
import { usePlan, type PlanWrite } from '../use-plan';
import { isPrincipalOf, mayComment } from '../../../lib/permissions';
import { AddGoalArea } from '../AddGoalArea/AddGoalArea';
import { SessionDocumentBar } from '../../../shared/document/DocumentBar/SessionDocumentBar';
import { DocumentHeader } from '../../../shared/document/DocumentHeader/DocumentHeader';
import { DocumentPending, type UnitDocumentPageProps } from '../../../shared/document/DocumentPending/DocumentPending';
import { GoalAreaSection } from '../GoalAreaSection/GoalAreaSection';
import { PlanNotStarted } from '../PlanNotStarted/PlanNotStarted';
import { ReadOnlyNote } from '../../../shared/document/ReadOnlyNote/ReadOnlyNote';
import { usePlanPageStyles } from './PlanPage.styles';

type Props = UnitDocumentPageProps;

/** The plan's name from the preset in effect (Åtagandeplan, Verksamhetsplan, …). */
const title = (label: string, schoolYear: string, unitName: string) => `${label} ${schoolYear} – ${unitName}`;
const SUBTITLE = 'Effektkedjan: målområde → åtagande och tänkta effekter → aktiviteter → uppföljning';

function OpenPlan({
  session,
  me,
  write,
  transition,
  onStatus,
}: {
  session: DocumentSession<PlanDocument>;
  me: Me | undefined;
  write(op: PlanWrite): ReturnType<PlanEditor['write']>;
  transition(t: Transition, comment?: string): ReturnType<PlanEditor['write']>;
  onStatus?: Props['onStatus'];
}) {
  const styles = usePlanPageStyles();
  const { doc } = useSessionSnapshot(session);
  useSaveOnLeave(session);
  const { unit, plan } = doc;
  useEffect(() => onStatus?.(plan.status), [onStatus, plan.status]);
  const planName = useDocumentNames().plan.label;
  const target = useDocumentTarget('plan', unit.id, plan.schoolYear);
  // Returning a document adds its comment on the server: the comments are read again after a status change.
  const { comments, onTransition } = useCommentedDocument(target.extras, doc.comments, mayComment(me, unit.id), transition);

  const editor = useMemo<PlanEditor>(
    () => ({ doc, canEdit: doc.canEdit, canFollowUp: doc.canFollowUp, write, session }),
    [doc, write, session],
  );

  return (
    <PlanEditorProvider value={editor}>
      <DocumentCommentsProvider value={comments}>
        <DocumentHeader title={title(planName, plan.schoolYear, unit.name)} status={plan.status} subtitle={SUBTITLE}>
          {!doc.canEdit && <ReadOnlyNote kind="plan" status={plan.status} canFollowUp={doc.canFollowUp} />}
        </DocumentHeader>
        <SessionDocumentBar session={session} target={target} onTransition={onTransition} about="hela åtagandeplanen" />
        <div className={styles.areas}>
          {plan.goalAreas.map((area) => (
            <GoalAreaSection key={area.id} area={area} />
          ))}
          {doc.canEdit && <AddGoalArea />}
        </div>
      </DocumentCommentsProvider>
    </PlanEditorProvider>
  );
}

/** A unit's Åtagandeplan for a school year: the effect chain, editable by the unit's principal. */
export default function PlanPage({ unitId, unitName, schoolYear, me, onStatus }: Props) {
  const styles = usePlanPageStyles();
  const { state, session, write, transition, start, reload } = usePlan(unitId, schoolYear);
  const name = unitName ?? 'enheten';
  const names = useDocumentNames();

  return (
    <div className={styles.root}>
      <DocumentPending
        state={state}
        header={<DocumentHeader title={title(names.plan.label, schoolYear, name)} subtitle={SUBTITLE} />}
        loadingLabel={`Hämtar ${names.plan.the}…`}
        onRetry={() => void reload()}
        onStatus={onStatus}
        notStarted={
          <PlanNotStarted unitId={unitId} schoolYear={schoolYear} canStart={me ? isPrincipalOf(me, unitId) : undefined} onStart={start} />
        }
      />
      {session && <OpenPlan session={session} me={me} write={write} transition={transition} onStatus={onStatus} />}
    </div>
  );
}

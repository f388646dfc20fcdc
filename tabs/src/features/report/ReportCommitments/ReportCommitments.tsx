import { useDocumentNames } from '../../../shared/document/use-document-names';
import { useId } from 'react';
import type { Commitment, CommitmentPlan, GoalArea, ReportDocument, SectionDefinition } from '../../../api/types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { commitmentFieldKey } from '../../../shared/document/report-fields';
import { AutosaveField } from '../../../shared/document/AutosaveField/AutosaveField';
import { useCommitmentHeader, useGoalAreaHeader } from '../../../shared/document/PartHeader/PartHeader';
import { PlanExcerpt } from '../PlanExcerpt/PlanExcerpt';
import { useReportCommitmentsStyles } from './ReportCommitments.styles';

type PerCommitment = Extract<SectionDefinition, { kind: 'perCommitment' }>;

interface Props {
  section: PerCommitment;
  plan: CommitmentPlan | undefined;
  session: DocumentSession<ReportDocument>;
  readOnly: boolean;
}

function ReportCommitment({ section, commitment, session, readOnly }: Omit<Props, 'plan'> & { commitment: Commitment }) {
  const styles = useReportCommitmentsStyles();
  const headingId = useId();
  const { header, thread } = useCommitmentHeader(commitment, headingId, 4, 'Inte uppföljd', { ...styles, title: styles.commitmentTitle });
  return (
    <article className={styles.commitment} aria-labelledby={headingId} data-testid="report-commitment">
      {header}
      {thread}
      <div className={styles.columns}>
        <PlanExcerpt commitment={commitment} />
        <div className={styles.fields}>
          {section.fields.map((f) => (
            <AutosaveField
              key={f.key}
              session={session}
              fieldKey={commitmentFieldKey(section.key, commitment.id, f.key)}
              label={f.label}
              labelledBy={headingId}
              name={`${f.label.toLowerCase()} för ${commitment.title}`}
              hint={readOnly ? undefined : f.hint}
              readOnly={readOnly}
              rows={5}
            />
          ))}
        </div>
      </div>
    </article>
  );
}

function ReportGoalArea({ section, area, session, readOnly }: Omit<Props, 'plan'> & { area: GoalArea }) {
  const styles = useReportCommitmentsStyles();
  const headingId = useId();
  const { header, thread } = useGoalAreaHeader(area, headingId, 3, { ...styles, title: styles.areaTitle });
  return (
    <section className={styles.area} aria-labelledby={headingId} data-testid="report-goal-area">
      {header}
      {thread}
      {area.commitments.length ? (
        area.commitments.map((c) => <ReportCommitment key={c.id} section={section} commitment={c} session={session} readOnly={readOnly} />)
      ) : (
        <p className={styles.empty}>Inga åtaganden under målområdet.</p>
      )}
    </section>
  );
}

/** Results and effects per prioritised goal area and commitment, each beside what the plan said. */
export function ReportCommitments({ section, plan, session, readOnly }: Props) {
  const styles = useReportCommitmentsStyles();
  const names = useDocumentNames();
  if (!plan?.goalAreas.length)
    return <p className={styles.empty}>Läsårets {names.plan.the} är inte påbörjad, så det finns inga åtaganden att följa upp här.</p>;
  return (
    <div className={styles.root}>
      {plan.goalAreas.map((area) => (
        <ReportGoalArea key={area.id} section={section} area={area} session={session} readOnly={readOnly} />
      ))}
    </div>
  );
}

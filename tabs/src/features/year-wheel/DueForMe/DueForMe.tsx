import { Badge, Spinner } from '@fluentui/react-components';
import type { DueForMe as Due } from '../../../api/organiser-types';
import { PLAN_STATUS_LABELS } from '../../../lib/labels';
import { describeDates, kindLabel } from '../wheel-geometry';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import type { AsyncState } from '../../../shared/hooks/use-async';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { useDueForMeStyles } from './DueForMe.styles';

const ANSWER_COLORS = { pending: 'warning', accepted: 'success', declined: 'subtle', otherTime: 'informative' } as const;

/** "Det här är på gång för dig": the person's own next steps, from the year wheel and the invitations. */
export function DueForMe({ due, limit = 6 }: { due: AsyncState<Due> & { reload(): void }; limit?: number }) {
  const styles = useDueForMeStyles();
  const names = useDocumentNames();
  if (due.status === 'loading') return <Spinner size="small" label="Hämtar det som är på gång…" />;
  if (due.status === 'error') return <ErrorBar error={due.error} onRetry={due.reload} />;
  const { invitations, documents } = due.data;
  // A recurring event (the monthly check-in) is listed once, at its next date.
  const upcoming = due.data.upcoming.filter((e, i, all) => all.findIndex((x) => x.label === e.label) === i);
  const nothing = !upcoming.length && !invitations.length && !documents.length;
  return (
    <div className={styles.root} data-testid="due-for-me">
      {nothing && <p className={styles.empty}>Inget på gång för dig resten av läsåret.</p>}
      {documents.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.heading}>Dina dokument</h3>
          <ul className={styles.list}>
            {documents.map((d) => (
              <li key={`${d.eventKey}-${d.unitId}`} className={styles.item}>
                <span className={styles.what}>
                  {names[d.document].The} för {d.unitName}
                </span>
                <span className={styles.meta}>
                  {d.label} senast {describeDates({ startDate: d.deadlineDate, endDate: d.deadlineDate })} – nu:{' '}
                  {d.status ? PLAN_STATUS_LABELS[d.status].toLowerCase() : 'inte påbörjad'}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {invitations.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.heading}>Dina dialoginbjudningar</h3>
          <ul className={styles.list}>
            {invitations.map((v) => (
              <li key={v.invitationId} className={styles.item}>
                <span className={styles.what}>
                  {v.kindLabel} – {v.groupName}
                </span>
                <span className={styles.meta}>{v.when}</span>
                <Badge appearance="tint" color={ANSWER_COLORS[v.answer]} className={styles.badge}>
                  {v.answerLabel}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {upcoming.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.heading}>Kommande i årshjulet</h3>
          <ul className={styles.list}>
            {upcoming.slice(0, limit).map((e) => (
              <li key={e.key} className={styles.item}>
                <span className={styles.what}>{e.label}</span>
                <span className={styles.meta}>
                  {kindLabel(e.kind)} · {describeDates(e)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { useDocumentNames } from '../../../shared/document/use-document-names';
import type { Commitment } from '../../../api/types';
import { newestFirst } from '../../../lib/follow-ups';
import { FollowUpStatusBadge } from '../../../shared/document/StatusBadges/StatusBadges';
import { usePlanExcerptStyles } from './PlanExcerpt.styles';

/** What the plan said about a commitment and how it went: read-only, beside what is written about it. */
export function PlanExcerpt({ commitment }: { commitment: Commitment }) {
  const styles = usePlanExcerptStyles();
  const names = useDocumentNames();
  return (
    <div className={styles.root} data-testid="plan-excerpt">
      <p className={styles.title}>Från {names.plan.the}</p>
      <dl className={styles.list}>
        <dt className={styles.term}>Vad vi åtar oss</dt>
        <dd className={commitment.description ? styles.text : styles.missing}>{commitment.description || 'Inte beskrivet.'}</dd>
        <dt className={styles.term}>Tänkta effekter</dt>
        <dd className={commitment.intendedEffects ? styles.text : styles.missing}>{commitment.intendedEffects || 'Inte beskrivna.'}</dd>
      </dl>
      <p className={styles.subtitle}>Aktiviteter</p>
      {commitment.activities.length ? (
        <ul className={styles.items}>
          {commitment.activities.map((a) => (
            <li key={a.id} className={styles.item}>
              <span className={styles.itemTitle}>{a.title}</span>
              {a.expectedResult && (
                <span className={styles.line}>
                  <span className={styles.term}>Vad den ska leda till: </span>
                  {a.expectedResult}
                </span>
              )}
              <span className={styles.line}>
                <span className={styles.term}>Resultat: </span>
                {a.outcome || <span className={styles.missing}>inte skrivet</span>}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.missing}>Inga aktiviteter.</p>
      )}
      <p className={styles.subtitle}>Uppföljningar</p>
      {commitment.followUps.length ? (
        <ul className={styles.items}>
          {newestFirst(commitment.followUps).map((f) => (
            <li key={f.id} className={styles.followUp}>
              <span className={styles.meta}>
                <time dateTime={f.date} className={styles.date}>
                  {f.date}
                </time>
                <FollowUpStatusBadge status={f.status} />
                <span>{f.authorName}</span>
              </span>
              <span className={styles.line}>{f.note}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.missing}>Inga uppföljningar.</p>
      )}
    </div>
  );
}

import { Button, Link } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Commitment } from '../../../api/types';
import { usePlanEditor } from '../plan-editor';
import { newestFirst } from '../../../lib/follow-ups';
import { FollowUpForm } from '../FollowUpForm/FollowUpForm';
import { FollowUpStatusBadge } from '../../../shared/document/StatusBadges/StatusBadges';
import { useFollowUpListStyles } from './FollowUpList.styles';
import { fromMeeting, useMeetingPlanLinks } from '../../meeting/use-meeting-plan-links';

/** The dated follow-ups of a commitment, newest first. */
export function FollowUpList({ commitment }: { commitment: Commitment }) {
  const styles = useFollowUpListStyles();
  const { canFollowUp, write, doc } = usePlanEditor();
  const fromMeetings = useMeetingPlanLinks(
    doc.plan.unitId,
    doc.plan.schoolYear,
    commitment.followUps.some((f) => fromMeeting(f.note)),
  );
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <section className={styles.root} aria-label={`Uppföljningar av ${commitment.title}`}>
      <h4 className={styles.heading}>Uppföljningar</h4>
      {commitment.followUps.length ? (
        <ul className={styles.list}>
          {newestFirst(commitment.followUps).map((f) => (
            <li key={f.id} className={styles.item}>
              <div className={styles.meta}>
                <time className={styles.date} dateTime={f.date}>
                  {f.date}
                </time>
                <FollowUpStatusBadge status={f.status} />
              </div>
              <p className={styles.note}>{f.note}</p>
              <span className={styles.meta}>
                <span className={styles.author}>{f.authorName}</span>
                {fromMeetings.has(f.id) && <Link href={fromMeetings.get(f.id)!.url}>Dialoganteckningen</Link>}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Inga uppföljningar ännu.</p>
      )}
      {canFollowUp &&
        (adding ? (
          <FollowUpForm
            onSubmit={(input) => write((w, etag) => w.addFollowUp(etag, commitment.id, input))}
            onDone={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : (
          <div className={styles.addRow}>
            <Button ref={addButton} size="small" onClick={() => setAdding(true)}>
              Lägg till uppföljning
            </Button>
          </div>
        ))}
    </section>
  );
}

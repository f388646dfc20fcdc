import type { FollowUpStatus } from '../../../api/types';
import { FOLLOW_UP_STATUS_LABELS } from '../../../lib/labels';
import { useCommitmentBarStyles } from './CommitmentBar.styles';

type Counts = Record<FollowUpStatus | 'none', number>;
const ORDER: (FollowUpStatus | 'none')[] = ['onTrack', 'atRisk', 'offTrack', 'none'];
const LABEL: Record<FollowUpStatus | 'none', string> = { ...FOLLOW_UP_STATUS_LABELS, none: 'Ej uppföljt' };

/** Commitments by their latest follow-up: a stacked bar to glance at, and the same counts in words. */
export function CommitmentBar({ counts }: { counts: Counts }) {
  const styles = useCommitmentBarStyles();
  const total = ORDER.reduce((s, k) => s + counts[k], 0);
  if (total === 0) return <span className={styles.none}>Inga åtaganden</span>;
  const parts = ORDER.filter((k) => counts[k] > 0);
  return (
    <div className={styles.root}>
      <div className={styles.bar} aria-hidden>
        {parts.map((k) => (
          <span key={k} className={styles[k]} style={{ flexGrow: counts[k] }} />
        ))}
      </div>
      <span className={styles.text}>
        {total} st: {parts.map((k) => `${counts[k]} ${LABEL[k].toLowerCase()}`).join(', ')}
      </span>
    </div>
  );
}

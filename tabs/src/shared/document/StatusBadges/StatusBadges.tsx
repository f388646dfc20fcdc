import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { FollowUp, FollowUpStatus } from '../../../api/types';
import { sinceText } from '../../../lib/dates';
import { latestFollowUp } from '../../../lib/follow-ups';
import { DOCUMENT_STATE_LABELS, FOLLOW_UP_STATUS_LABELS, type DocumentState } from '../../../lib/labels';
import { useStatusBadgeStyles } from './StatusBadges.styles';

const DOCUMENT_COLORS: Record<DocumentState, BadgeProps['color']> = {
  notStarted: 'subtle',
  draft: 'informative',
  readyForDialogue: 'brand',
  final: 'success',
};
const FOLLOW_UP_COLORS: Record<FollowUpStatus, BadgeProps['color']> = { onTrack: 'success', atRisk: 'warning', offTrack: 'danger' };

/** A document's status, always as words (the colour only repeats them). */
export function DocumentStatusBadge({ status, size = 'large' }: { status: DocumentState; size?: BadgeProps['size'] }) {
  const styles = useStatusBadgeStyles();
  return (
    <Badge className={styles.badge} size={size} appearance="tint" color={DOCUMENT_COLORS[status]} data-testid="document-status">
      {DOCUMENT_STATE_LABELS[status]}
    </Badge>
  );
}

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const styles = useStatusBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={FOLLOW_UP_COLORS[status]}>
      {FOLLOW_UP_STATUS_LABELS[status]}
    </Badge>
  );
}

/** A commitment's latest follow-up: its status and how long ago, or `none` when it has none. */
export function LatestFollowUp({ followUps, none }: { followUps: FollowUp[]; none: string }) {
  const latest = latestFollowUp(followUps);
  return latest ? (
    <>
      <FollowUpStatusBadge status={latest.status} />
      <span>senast uppföljd {sinceText(latest.date)}</span>
    </>
  ) : (
    <span>{none}</span>
  );
}

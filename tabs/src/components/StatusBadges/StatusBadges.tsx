import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { DocumentStatus, FollowUpStatus } from '../../api/types';
import { FOLLOW_UP_STATUS_LABELS, PLAN_STATUS_LABELS } from '../../ui/labels';
import { useStatusBadgeStyles } from './StatusBadges.styles';

const PLAN_COLORS: Record<DocumentStatus, BadgeProps['color']> = { draft: 'informative', readyForDialogue: 'brand', final: 'success' };
const FOLLOW_UP_COLORS: Record<FollowUpStatus, BadgeProps['color']> = { onTrack: 'success', atRisk: 'warning', offTrack: 'danger' };

/** The plan's status, always as words (the colour only repeats them). */
export function PlanStatusBadge({ status }: { status: DocumentStatus }) {
  const styles = useStatusBadgeStyles();
  return (
    <Badge className={styles.badge} size="large" appearance="tint" color={PLAN_COLORS[status]} data-testid="plan-status">
      {PLAN_STATUS_LABELS[status]}
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

import { Button, Tag } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { Commitment } from '../../../api/types';
import { usePlanEditor } from '../plan-editor';
import { ActivityList } from '../ActivityList/ActivityList';
import { useCommitmentHeader } from '../../../shared/document/PartHeader/PartHeader';
import { CommitmentForm } from '../CommitmentForm/CommitmentForm';
import { ConfirmButton } from '../../../shared/components/ConfirmButton/ConfirmButton';
import { FollowUpList } from '../FollowUpList/FollowUpList';
import { useCommitmentCardStyles } from './CommitmentCard.styles';

/** The board goals and success factors a commitment is tagged with, by their names. */
function CommitmentTags({ commitment }: { commitment: Commitment }) {
  const styles = useCommitmentCardStyles();
  const { doc } = usePlanEditor();
  const goals = commitment.boardGoalIds.map((id) => doc.boardGoals.find((g) => g.id === id)?.title ?? id);
  const factors = commitment.successFactors.map((key) => doc.successFactorCatalogue.find((f) => f.key === key)?.label ?? key);
  if (!goals.length && !factors.length) return null;
  return (
    <div className={styles.tags} data-testid="commitment-tags">
      {goals.length > 0 && (
        <div className={styles.tagRow}>
          <span className={styles.tagLabel}>Nämndens mål:</span>
          <ul className={styles.tagList}>
            {goals.map((g) => (
              <li key={g}>
                <Tag className={styles.tag} primaryText={{ className: styles.tagText }} size="small" appearance="brand" shape="circular">
                  {g}
                </Tag>
              </li>
            ))}
          </ul>
        </div>
      )}
      {factors.length > 0 && (
        <div className={styles.tagRow}>
          <span className={styles.tagLabel}>Framgångsfaktorer:</span>
          <ul className={styles.tagList}>
            {factors.map((f) => (
              <li key={f}>
                <Tag className={styles.tag} primaryText={{ className: styles.tagText }} size="small" appearance="outline" shape="circular">
                  {f}
                </Tag>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One commitment (åtagande): what we do, what it should lead to, its activities and its follow-ups. */
export function CommitmentCard({ commitment }: { commitment: Commitment }) {
  const styles = useCommitmentCardStyles();
  const { canEdit, write } = usePlanEditor();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const { header, thread } = useCommitmentHeader(
    commitment,
    headingId,
    3,
    'Inte uppföljd ännu',
    styles,
    canEdit && (
      <>
        <Button
          ref={editButton}
          size="small"
          appearance="subtle"
          aria-label={`Ändra åtagandet ${commitment.title}`}
          onClick={() => setEditing(true)}
        >
          Ändra
        </Button>
        <ConfirmButton
          label="Ta bort"
          accessibleName={`Ta bort åtagandet ${commitment.title}`}
          title="Ta bort åtagandet?"
          text={`”${commitment.title}” tas bort tillsammans med dess aktiviteter och uppföljningar.`}
          confirmLabel="Ta bort åtagandet"
          onConfirm={() => write((w, etag) => w.removeCommitment(etag, commitment.id))}
        />
      </>
    ),
  );

  const closeForm = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (editing)
    return (
      <CommitmentForm
        title={`Ändra åtagandet ${commitment.title}`}
        submitLabel="Spara ändringarna"
        initial={commitment}
        onSubmit={(input) => write((w, etag) => w.updateCommitment(etag, commitment.id, input))}
        onDone={closeForm}
      />
    );

  return (
    <article className={styles.root} aria-labelledby={headingId} data-testid="commitment">
      {header}
      <CommitmentTags commitment={commitment} />
      {thread}
      <dl className={styles.chain}>
        <div className={styles.chainItem}>
          <dt className={styles.term}>Vad vi åtar oss</dt>
          <dd className={commitment.description ? styles.definition : styles.missing}>
            {commitment.description || 'Inte beskrivet ännu.'}
          </dd>
        </div>
        <div className={styles.chainItem}>
          <dt className={styles.term}>Tänkta effekter</dt>
          <dd className={commitment.intendedEffects ? styles.definition : styles.missing}>
            {commitment.intendedEffects || 'Inte beskrivna ännu.'}
          </dd>
        </div>
      </dl>
      <div className={styles.parts}>
        <ActivityList commitment={commitment} />
        <FollowUpList commitment={commitment} />
      </div>
    </article>
  );
}

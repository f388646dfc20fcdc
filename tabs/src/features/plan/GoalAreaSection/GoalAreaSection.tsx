import { Badge, Button } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { GoalArea } from '../../../api/types';
import { usePlanEditor } from '../plan-editor';
import { useGoalAreaHeader } from '../../../shared/document/PartHeader/PartHeader';
import { CommitmentCard } from '../CommitmentCard/CommitmentCard';
import { CommitmentForm } from '../CommitmentForm/CommitmentForm';
import { ConfirmButton } from '../../../shared/components/ConfirmButton/ConfirmButton';
import { useGoalAreaSectionStyles } from './GoalAreaSection.styles';

/** One prioritised goal area with its commitments. */
export function GoalAreaSection({ area }: { area: GoalArea }) {
  const styles = useGoalAreaSectionStyles();
  const { canEdit, write } = usePlanEditor();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const { header, thread } = useGoalAreaHeader(
    area,
    headingId,
    2,
    styles,
    area.required ? (
      <Badge appearance="outline" color="brand">
        Obligatoriskt
      </Badge>
    ) : (
      canEdit && (
        <ConfirmButton
          label="Ta bort"
          accessibleName={`Ta bort målområdet ${area.label}`}
          title={`Ta bort ${area.label}?`}
          text={
            area.commitments.length
              ? `Målområdet tas bort ur planen tillsammans med dess ${area.commitments.length === 1 ? 'åtagande' : `${area.commitments.length} åtaganden`}, aktiviteter och uppföljningar.`
              : 'Målområdet tas bort ur planen.'
          }
          confirmLabel="Ta bort målområdet"
          onConfirm={() => write((w, etag) => w.removeGoalArea(etag, area.id))}
        />
      )
    ),
  );

  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="goal-area">
      {header}
      {thread}
      {area.commitments.length ? (
        <ul className={styles.commitments} aria-label={`Åtaganden under ${area.label}`}>
          {area.commitments.map((c) => (
            <li key={c.id}>
              <CommitmentCard commitment={c} />
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Inga åtaganden ännu.</p>
      )}
      {canEdit &&
        (adding ? (
          <CommitmentForm
            title={`Nytt åtagande under ${area.label}`}
            submitLabel="Lägg till åtagandet"
            onSubmit={(input) => write((w, etag) => w.addCommitment(etag, area.id, input))}
            onDone={closeForm}
          />
        ) : (
          <div className={styles.addRow}>
            <Button ref={addButton} onClick={() => setAdding(true)} aria-label={`Lägg till åtagande under ${area.label}`}>
              Lägg till åtagande
            </Button>
          </div>
        ))}
    </section>
  );
}

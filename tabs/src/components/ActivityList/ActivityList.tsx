import { Button } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error';
import type { Activity, Commitment } from '../../api/types';
import { usePlanEditor } from '../../hooks/plan-editor';
import { ActivityForm } from '../ActivityForm/ActivityForm';
import { ConfirmButton } from '../ConfirmButton/ConfirmButton';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { useActivityListStyles } from './ActivityList.styles';

function ActivityItem({ activity }: { activity: Activity }) {
  const styles = useActivityListStyles();
  const { canEdit, write } = usePlanEditor();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  if (editing)
    return (
      <ActivityForm
        title={`Ändra aktiviteten ${activity.title}`}
        submitLabel="Spara ändringarna"
        initial={activity}
        withOutcome
        onSubmit={(input) => write((w, etag) => w.updateActivity(etag, activity.id, input))}
        onDone={() => {
          setEditing(false);
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );

  return (
    <div className={styles.item}>
      <div className={styles.itemHeader}>
        <span className={styles.itemTitle}>{activity.title}</span>
        {canEdit && (
          <span className={styles.itemActions}>
            <Button ref={editButton} size="small" appearance="subtle" aria-label={`Ändra aktiviteten ${activity.title}`} onClick={() => setEditing(true)}>
              Ändra
            </Button>
            <ConfirmButton
              label="Ta bort"
              accessibleName={`Ta bort aktiviteten ${activity.title}`}
              title="Ta bort aktiviteten?"
              text={`”${activity.title}” tas bort ur åtagandet.`}
              confirmLabel="Ta bort aktiviteten"
              onConfirm={() => write((w, etag) => w.removeActivity(etag, activity.id))}
              onError={setError}
            />
          </span>
        )}
      </div>
      {activity.expectedResult && (
        <p className={styles.line}>
          <span className={styles.term}>Vad den ska leda till: </span>
          <span>{activity.expectedResult}</span>
        </p>
      )}
      {activity.outcome && (
        <p className={styles.line}>
          <span className={styles.term}>Resultat: </span>
          <span>{activity.outcome}</span>
        </p>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}

/** A commitment's activities, each with what it should lead to and, later, its result. */
export function ActivityList({ commitment }: { commitment: Commitment }) {
  const styles = useActivityListStyles();
  const { canEdit, write } = usePlanEditor();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <section className={styles.root} aria-label={`Aktiviteter för ${commitment.title}`}>
      <h4 className={styles.heading}>Aktiviteter</h4>
      {commitment.activities.length ? (
        <ul className={styles.list}>
          {commitment.activities.map((a) => (
            <li key={a.id}>
              <ActivityItem activity={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Inga aktiviteter ännu.</p>
      )}
      {canEdit &&
        (adding ? (
          <ActivityForm
            title="Ny aktivitet"
            submitLabel="Lägg till aktiviteten"
            onSubmit={(input) => write((w, etag) => w.addActivity(etag, commitment.id, input))}
            onDone={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : (
          <div className={styles.addRow}>
            <Button ref={addButton} size="small" onClick={() => setAdding(true)}>
              Lägg till aktivitet
            </Button>
          </div>
        ))}
    </section>
  );
}

import { Button } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { Activity, Commitment } from '../../../api/types';
import { outcomeKey } from '../plan-fields';
import { usePlanEditor } from '../plan-editor';
import { AutosaveField } from '../../../shared/document/AutosaveField/AutosaveField';
import { ActivityForm } from '../ActivityForm/ActivityForm';
import { ConfirmButton } from '../../../shared/components/ConfirmButton/ConfirmButton';
import { useActivityListStyles } from './ActivityList.styles';

function ActivityItem({ activity }: { activity: Activity }) {
  const styles = useActivityListStyles();
  const { canEdit, canFollowUp, write, session } = usePlanEditor();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  if (editing)
    return (
      <ActivityForm
        title={`Ändra aktiviteten ${activity.title}`}
        submitLabel="Spara ändringarna"
        initial={activity}
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
        <span id={titleId} className={styles.itemTitle}>
          {activity.title}
        </span>
        {canEdit && (
          <span className={styles.itemActions}>
            <Button
              ref={editButton}
              size="small"
              appearance="subtle"
              aria-label={`Ändra aktiviteten ${activity.title}`}
              onClick={() => setEditing(true)}
            >
              Ändra
            </Button>
            <ConfirmButton
              label="Ta bort"
              accessibleName={`Ta bort aktiviteten ${activity.title}`}
              title="Ta bort aktiviteten?"
              text={`”${activity.title}” tas bort ur åtagandet.`}
              confirmLabel="Ta bort aktiviteten"
              onConfirm={() => write((w, etag) => w.removeActivity(etag, activity.id))}
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
      {canFollowUp ? (
        <AutosaveField
          session={session}
          fieldKey={outcomeKey(activity.id)}
          label="Resultat"
          labelledBy={titleId}
          name={`resultatet av ${activity.title}`}
          hint="Vad aktiviteten ledde till. Sparas automatiskt."
          readOnly={false}
          rows={2}
        />
      ) : (
        activity.outcome && (
          <p className={styles.line}>
            <span className={styles.term}>Resultat: </span>
            <span>{activity.outcome}</span>
          </p>
        )
      )}
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

import { Badge, Button, Field, Input, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../../api/api-error';
import type { AdminBoardGoal } from '../../../api/settings-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { useConfirm } from '../../../shared/hooks/confirm';
import { useAsync } from '../../../shared/hooks/use-async';
import { useSettingsStyles } from '../settings.styles';
import { useSettingsApi } from '../use-settings-api';

/** Nämndens mål: add, reword, retire (a retired goal stays on old documents and cannot be picked anew). */
export function BoardGoalsPanel() {
  const styles = useSettingsStyles();
  const api = useSettingsApi();
  const goals = useAsync(() => api.boardGoals(), [api]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const add = async () => {
    setError(null);
    try {
      await api.addBoardGoal(title);
      setTitle('');
      goals.reload();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Panel
      title="Nämndens mål"
      description="Rektorerna kopplar sina åtaganden till målen. Ett avslutat mål finns kvar på de åtaganden som redan har det men kan inte väljas på nya."
    >
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {goals.status === 'loading' && <Spinner size="tiny" label="Hämtar nämndens mål…" />}
      {goals.status === 'error' && <ErrorBar error={goals.error} onRetry={goals.reload} />}
      {goals.status === 'ready' && (
        <ul className={styles.plain} data-testid="board-goals">
          {goals.data.map((g) => (
            <GoalRow key={`${g.id}:${g.title}:${g.retired}`} goal={g} onChanged={goals.reload} />
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label="Nytt mål">
          <Input value={title} maxLength={255} onChange={(_, d) => setTitle(d.value)} data-testid="new-board-goal" />
        </Field>
        <Button appearance="primary" disabled={!title.trim()} onClick={() => void add()} data-testid="add-board-goal">
          Lägg till
        </Button>
      </div>
    </Panel>
  );
}

function GoalRow({ goal, onChanged }: { goal: AdminBoardGoal; onChanged(): void }) {
  const styles = useSettingsStyles();
  const api = useSettingsApi();
  const confirm = useConfirm();
  const [title, setTitle] = useState(goal.title);
  const [error, setError] = useState<ApiError | null>(null);
  const change = async (c: { title?: string; retired?: boolean }) => {
    try {
      await api.changeBoardGoal(goal.id, c);
      onChanged();
      return null;
    } catch (e) {
      return toApiError(e);
    }
  };
  const carried = goal.commitments === 1 ? '1 åtagande' : `${goal.commitments} åtaganden`;
  return (
    <li data-testid={`board-goal-${goal.id}`}>
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <div className={styles.row}>
        <Field className={styles.grow} label={goal.retired ? 'Avslutat mål' : 'Mål'} hint={`Används i ${carried}.`}>
          <Input
            className={goal.retired ? styles.retired : undefined}
            value={title}
            maxLength={255}
            onChange={(_, d) => setTitle(d.value)}
          />
        </Field>
        {goal.retired && <Badge appearance="outline">Avslutat</Badge>}
        <Button disabled={!title.trim() || title.trim() === goal.title} onClick={() => void change({ title }).then(setError)}>
          Spara lydelsen
        </Button>
        {goal.retired ? (
          <Button onClick={() => void change({ retired: false }).then(setError)}>Ta i bruk igen</Button>
        ) : (
          <Button
            aria-label={`Avsluta målet ${goal.title}`}
            onClick={() =>
              confirm({
                title: 'Avsluta nämndmålet?',
                text: `"${goal.title}" finns kvar på de ${carried} som har det, men kan inte väljas på nya åtaganden.`,
                confirmLabel: 'Avsluta målet',
                run: () => change({ retired: true }),
              })
            }
          >
            Avsluta
          </Button>
        )}
      </div>
    </li>
  );
}

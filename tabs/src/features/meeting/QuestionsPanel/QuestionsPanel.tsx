import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../../api/api-error';
import type { MeetingApi } from '../../../api/meeting-api';
import type { MeetingQuestion, MeetingQuestions, MeetingUnit } from '../../../api/meeting-types';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useQuestionsPanelStyles } from './QuestionsPanel.styles';

interface Props {
  meetingApi: MeetingApi;
  initial: MeetingQuestions;
  units: MeetingUnit[];
  /** Only this unit's questions and the group's (the side panel on one unit). */
  unitId?: string;
}

/** The organiser's questions prepared before the meeting: to the group or to one unit. */
export function QuestionsPanel({ meetingApi, initial, units, unitId }: Props) {
  const styles = useQuestionsPanelStyles();
  const [questions, setQuestions] = useState(initial);
  const [text, setText] = useState('');
  const [forUnit, setForUnit] = useState(unitId ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const nameOf = (id: string) => units.find((u) => u.unitId === id)?.name ?? '';
  const shown = questions.questions.filter((q) => !unitId || !q.unitId || q.unitId === unitId);

  const write = async (next: (Pick<MeetingQuestion, 'text' | 'unitId'> & { id?: string })[]) => {
    setError(null);
    try {
      setQuestions(
        await meetingApi.writeQuestions(questions.etag, {
          questions: next.map((q) => ({ ...(q.id ? { id: q.id } : {}), text: q.text, unitId: q.unitId })),
        }),
      );
      return true;
    } catch (e) {
      const failure = toApiError(e);
      setError(failure);
      // Someone else changed the questions: show theirs; what was typed stays in the field.
      if (failure.isConflict)
        setQuestions(
          await meetingApi.view().then(
            (v) => v.questions,
            () => questions,
          ),
        );
      return false;
    }
  };
  const add = async () => {
    if (text.trim() && (await write([...questions.questions, { text: text.trim(), unitId: forUnit }]))) setText('');
  };

  return (
    <section className={styles.root} aria-labelledby="questions-title" data-testid="prepared-questions">
      <h3 id="questions-title" className={styles.title}>
        Förberedda frågor
      </h3>
      {shown.length ? (
        <ol className={styles.list}>
          {shown.map((q) => (
            <li key={q.id} className={styles.item}>
              {q.text} {q.unitId && !unitId && <span className={styles.unit}>({nameOf(q.unitId)})</span>}
              {questions.canEdit && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Ta bort frågan ${q.text}`}
                  onClick={() => void write(questions.questions.filter((x) => x.id !== q.id))}
                >
                  Ta bort
                </Button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className={styles.muted}>Inga förberedda frågor.</p>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {questions.canEdit && (
        <div className={styles.add}>
          <Field className={styles.grow} label="Ny fråga">
            <Input value={text} maxLength={1000} onChange={(_, d) => setText(d.value)} />
          </Field>
          {!unitId && (
            <Field label="Till">
              <Select value={forUnit} onChange={(_, d) => setForUnit(d.value)}>
                <option value="">Hela gruppen</option>
                {units.map((u) => (
                  <option key={u.unitId} value={u.unitId}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button onClick={() => void add()} disabled={!text.trim()}>
            Lägg till frågan
          </Button>
        </div>
      )}
    </section>
  );
}

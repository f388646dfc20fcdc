import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import type { ActivityInput } from '../../api/types';
import { PlanForm } from '../PlanForm/PlanForm';
import { useActivityFormStyles } from './ActivityForm.styles';

interface Props {
  title: string;
  submitLabel: string;
  initial?: ActivityInput;
  /** The result is written later in the year, when the activity is changed. */
  withOutcome?: boolean;
  onSubmit(input: ActivityInput): Promise<ApiError | null>;
  onDone(): void;
}

export function ActivityForm({ title, submitLabel, initial, withOutcome, onSubmit, onDone }: Props) {
  const styles = useActivityFormStyles();
  const [name, setName] = useState(initial?.title ?? '');
  const [expected, setExpected] = useState(initial?.expectedResult ?? '');
  const [outcome, setOutcome] = useState(initial?.outcome ?? '');
  const [missing, setMissing] = useState(false);

  return (
    <PlanForm
      title={title}
      submitLabel={submitLabel}
      validate={() => {
        setMissing(!name.trim());
        return !!name.trim();
      }}
      onSubmit={() =>
        onSubmit({ title: name.trim(), expectedResult: expected.trim(), ...(withOutcome ? { outcome: outcome.trim() } : {}) })
      }
      onDone={onDone}
    >
      <Field label="Aktivitet" required validationMessage={missing ? 'Skriv vad aktiviteten är.' : undefined}>
        <Input value={name} maxLength={255} autoFocus onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="Vad den ska leda till">
        <Textarea className={styles.textarea} value={expected} resize="vertical" maxLength={4000} onChange={(_, d) => setExpected(d.value)} />
      </Field>
      {withOutcome && (
        <Field label="Resultat" hint="Vad aktiviteten faktiskt ledde till.">
          <Textarea className={styles.textarea} value={outcome} resize="vertical" maxLength={4000} onChange={(_, d) => setOutcome(d.value)} />
        </Field>
      )}
    </PlanForm>
  );
}

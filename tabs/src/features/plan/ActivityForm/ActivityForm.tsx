import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { ActivityInput } from '../../../api/types';
import { PlanForm } from '../PlanForm/PlanForm';
import { useActivityFormStyles } from './ActivityForm.styles';

interface Props {
  title: string;
  submitLabel: string;
  initial?: ActivityInput;
  onSubmit(input: ActivityInput): Promise<ApiError | null>;
  onDone(): void;
}

/** An activity and what it should lead to; its outcome is written beside it during the year. */
export function ActivityForm({ title, submitLabel, initial, onSubmit, onDone }: Props) {
  const styles = useActivityFormStyles();
  const [name, setName] = useState(initial?.title ?? '');
  const [expected, setExpected] = useState(initial?.expectedResult ?? '');
  const [missing, setMissing] = useState(false);

  return (
    <PlanForm
      title={title}
      submitLabel={submitLabel}
      validate={() => {
        setMissing(!name.trim());
        return !!name.trim();
      }}
      onSubmit={() => onSubmit({ title: name.trim(), expectedResult: expected.trim() })}
      onDone={onDone}
    >
      <Field label="Aktivitet" required validationMessage={missing ? 'Skriv vad aktiviteten är.' : undefined}>
        <Input value={name} maxLength={255} autoFocus onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="Vad den ska leda till">
        <Textarea
          className={styles.textarea}
          value={expected}
          resize="vertical"
          maxLength={4000}
          onChange={(_, d) => setExpected(d.value)}
        />
      </Field>
    </PlanForm>
  );
}

import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import type { CommitmentInput } from '../../api/types';
import { PlanForm } from '../PlanForm/PlanForm';
import { useCommitmentFormStyles } from './CommitmentForm.styles';

interface Props {
  title: string;
  submitLabel: string;
  initial?: CommitmentInput;
  onSubmit(input: Required<CommitmentInput>): Promise<ApiError | null>;
  onDone(): void;
}

/** Add or change a commitment: what we commit to and what it should lead to. */
export function CommitmentForm({ title, submitLabel, initial, onSubmit, onDone }: Props) {
  const styles = useCommitmentFormStyles();
  const [heading, setHeading] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [effects, setEffects] = useState(initial?.intendedEffects ?? '');
  const [missing, setMissing] = useState(false);

  return (
    <PlanForm
      title={title}
      submitLabel={submitLabel}
      validate={() => {
        setMissing(!heading.trim());
        return !!heading.trim();
      }}
      onSubmit={() => onSubmit({ title: heading.trim(), description: description.trim(), intendedEffects: effects.trim() })}
      onDone={onDone}
    >
      <Field label="Åtagande (rubrik)" required validationMessage={missing ? 'Skriv en rubrik för åtagandet.' : undefined}>
        <Input value={heading} maxLength={255} autoFocus onChange={(_, d) => setHeading(d.value)} />
      </Field>
      <Field label="Vad vi åtar oss" hint="Konkretisera vad enheten ska göra.">
        <Textarea className={styles.textarea} value={description} resize="vertical" maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label="Tänkta effekter" hint="Vad åtagandet ska leda till för barnen och eleverna.">
        <Textarea className={styles.textarea} value={effects} resize="vertical" maxLength={4000} onChange={(_, d) => setEffects(d.value)} />
      </Field>
    </PlanForm>
  );
}

import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { FollowUpInput, FollowUpStatus } from '../../../api/types';
import { todayIso } from '../../../lib/dates';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS } from '../../../lib/labels';
import { PlanForm } from '../PlanForm/PlanForm';
import { useFollowUpFormStyles } from './FollowUpForm.styles';

/** A dated note on how a commitment is going, with a status. */
export function FollowUpForm({ onSubmit, onDone }: { onSubmit(input: FollowUpInput): Promise<ApiError | null>; onDone(): void }) {
  const styles = useFollowUpFormStyles();
  const [date, setDate] = useState(todayIso);
  const [status, setStatus] = useState<FollowUpStatus | ''>('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);

  const valid = () => !!status && !!note.trim() && /^\d{4}-\d{2}-\d{2}$/.test(date);

  return (
    <PlanForm
      title="Ny uppföljning"
      submitLabel="Lägg till uppföljningen"
      validate={() => {
        setChecked(true);
        return valid();
      }}
      onSubmit={() => onSubmit({ date, status: status as FollowUpStatus, note: note.trim() })}
      onDone={onDone}
    >
      <Field
        label="Datum"
        required
        className={styles.date}
        validationMessage={checked && !/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'Välj ett datum.' : undefined}
      >
        <Input type="date" value={date} autoFocus onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label="Status" required validationMessage={checked && !status ? 'Välj hur det går.' : undefined}>
        <RadioGroup value={status} onChange={(_, d) => setStatus(d.value as FollowUpStatus)}>
          {FOLLOW_UP_STATUSES.map((s) => (
            <Radio key={s} value={s} label={FOLLOW_UP_STATUS_LABELS[s]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Anteckning" required validationMessage={checked && !note.trim() ? 'Skriv en kort anteckning.' : undefined}>
        <Textarea className={styles.textarea} value={note} resize="vertical" maxLength={4000} onChange={(_, d) => setNote(d.value)} />
      </Field>
    </PlanForm>
  );
}

import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { CatalogueEntry, CommitmentInput } from '../../../api/types';

type SuccessFactorCodes = NonNullable<CommitmentInput['successFactors']>;
import { usePlanEditor } from '../plan-editor';
import { PlanForm } from '../PlanForm/PlanForm';
import { useCommitmentFormStyles } from './CommitmentForm.styles';

interface Props {
  title: string;
  submitLabel: string;
  initial?: CommitmentInput;
  onSubmit(input: Required<CommitmentInput>): Promise<ApiError | null>;
  onDone(): void;
}

/** A group of checkboxes, one per catalogue entry. */
function Choices({
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  legend: string;
  hint: string;
  options: CatalogueEntry[];
  value: string[];
  onChange(next: string[]): void;
}) {
  const styles = useCommitmentFormStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <p className={styles.hint}>{hint}</p>
      <div className={styles.choices}>
        {options.map((o) => (
          <Checkbox
            key={o.key}
            label={o.label}
            checked={value.includes(o.key)}
            onChange={(_, d) => onChange(d.checked === true ? [...value, o.key] : value.filter((k) => k !== o.key))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Add or change a commitment: what we commit to, what it should lead to, which board goals and success factors it serves. */
export function CommitmentForm({ title, submitLabel, initial, onSubmit, onDone }: Props) {
  const styles = useCommitmentFormStyles();
  const { doc } = usePlanEditor();
  const [heading, setHeading] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [effects, setEffects] = useState(initial?.intendedEffects ?? '');
  const [boardGoalIds, setBoardGoalIds] = useState(initial?.boardGoalIds ?? []);
  const [successFactors, setSuccessFactors] = useState(initial?.successFactors ?? []);
  const [missing, setMissing] = useState(false);
  // A retired board goal stays on a commitment that has it, but is not offered anew.
  const pickable = doc.boardGoals.filter((g) => !g.retired || initial?.boardGoalIds?.includes(g.id));

  return (
    <PlanForm
      title={title}
      submitLabel={submitLabel}
      validate={() => {
        setMissing(!heading.trim());
        return !!heading.trim();
      }}
      onSubmit={() =>
        onSubmit({ title: heading.trim(), description: description.trim(), intendedEffects: effects.trim(), boardGoalIds, successFactors })
      }
      onDone={onDone}
    >
      <Field label="Åtagande (rubrik)" required validationMessage={missing ? 'Skriv en rubrik för åtagandet.' : undefined}>
        <Input value={heading} maxLength={255} autoFocus onChange={(_, d) => setHeading(d.value)} />
      </Field>
      <Field label="Vad vi åtar oss" hint="Konkretisera vad enheten ska göra.">
        <Textarea
          className={styles.textarea}
          value={description}
          resize="vertical"
          maxLength={4000}
          onChange={(_, d) => setDescription(d.value)}
        />
      </Field>
      <Field label="Tänkta effekter" hint="Vad åtagandet ska leda till för barnen och eleverna.">
        <Textarea className={styles.textarea} value={effects} resize="vertical" maxLength={4000} onChange={(_, d) => setEffects(d.value)} />
      </Field>
      {pickable.length > 0 && (
        <Choices
          legend="Nämndens mål"
          hint="Vilka av nämndens mål bidrar åtagandet till?"
          options={pickable.map((g) => ({ key: g.id, label: g.retired ? `${g.title} (avslutat)` : g.title }))}
          value={boardGoalIds}
          onChange={setBoardGoalIds}
        />
      )}
      {doc.successFactorCatalogue.length > 0 && (
        <Choices
          legend="Framgångsfaktorer"
          hint="Skolverkets framgångsfaktorer för skolutveckling som åtagandet bygger på."
          options={doc.successFactorCatalogue}
          value={successFactors}
          onChange={(next) => setSuccessFactors(next as SuccessFactorCodes) /* the choices are successFactorCatalogue's keys: the codes */}
        />
      )}
    </PlanForm>
  );
}

import { Field, Select } from '@fluentui/react-components';
import type { DialogueType } from '../../../api/organiser-types';

interface Props {
  label: string;
  types: DialogueType[];
  value: string;
  onChange(key: string): void;
}

/** Which dialogue (of the year wheel's types): for a new round and for a note. */
export function DialogueTypeField({ label, types, value, onChange }: Props) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {types.map((t) => (
          <option key={t.key} value={t.key}>
            {t.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

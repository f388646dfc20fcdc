import { Field, Select } from '@fluentui/react-components';

/** "Enhet": which of the person's units a view shows. */
export function UnitPicker({
  units,
  value,
  onChange,
  testId,
}: {
  units: { id: string; name: string }[];
  value: string;
  onChange(unitId: string): void;
  testId?: string;
}) {
  return (
    <Field label="Enhet">
      <Select value={value} onChange={(_, d) => onChange(d.value)} data-testid={testId}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

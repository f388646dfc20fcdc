import { Field, Select } from '@fluentui/react-components';
import type { Me, Unit } from '../../../api/types';

/** What a screen that shows one of the person's units at a time (TLD, dialogues) is given by the shell. */
export interface UnitScreenProps {
  me: Me | undefined;
  /** The units the person sees: their own, or all for the organiser level. */
  units: Unit[];
  schoolYear: string;
  unitId: string | null;
  onUnitChange(unitId: string): void;
}

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

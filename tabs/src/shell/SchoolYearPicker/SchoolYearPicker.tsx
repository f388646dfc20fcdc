import { Field, Select } from '@fluentui/react-components';
import { previousSchoolYear } from '../../lib/dates';
import { useSchoolYearPickerStyles } from './SchoolYearPicker.styles';

/** The current school year and the one before it. */
export function SchoolYearPicker({ current, value, onChange }: { current: string; value: string; onChange(year: string): void }) {
  const styles = useSchoolYearPickerStyles();
  const years = [current, previousSchoolYear(current)];
  if (!years.includes(value)) years.push(value);
  return (
    <Field label="Läsår" className={styles.field}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y === current ? `${y} (innevarande)` : y}
          </option>
        ))}
      </Select>
    </Field>
  );
}

import { Field, Select } from '@fluentui/react-components';
import { useSchoolYearPickerStyles } from './SchoolYearPicker.styles';

interface Props {
  current: string;
  /** The one before it, as /api/config names it. */
  previous: string;
  value: string;
  onChange(year: string): void;
}

/** The current school year and the one before it. */
export function SchoolYearPicker({ current, previous, value, onChange }: Props) {
  const styles = useSchoolYearPickerStyles();
  const years = [current, previous];
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

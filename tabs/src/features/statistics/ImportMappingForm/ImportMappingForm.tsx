import { Button, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useState, type FormEvent } from 'react';
import type { ImportMapping, ImportPreview, UnitMatch } from '../../../api/organiser-types';
import { useImportMappingFormStyles } from './ImportMappingForm.styles';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onImport(mapping: ImportMapping): void;
  onCancel(): void;
}

const UNIT_MATCH: { key: UnitMatch; label: string }[] = [
  { key: 'schoolUnitCode', label: 'Skolenhetskod' },
  { key: 'name', label: 'Enhetens namn' },
  { key: 'koladaId', label: 'Kolada-id' },
];

/** The mapping the server suggested, as a form: which column is the unit, the year, each key figure. */
function initial(preview: ImportPreview) {
  const s = preview.suggested;
  return {
    format: (s.values && Object.keys(s.values).length) || !s.kpi ? ('wide' as const) : ('long' as const),
    unit: s.unit ?? '',
    year: s.year ?? '',
    kpi: s.kpi ?? '',
    value: s.value ?? '',
    values: { ...(s.values ?? {}) } as Record<string, string>,
    unitMatch: 'schoolUnitCode' as UnitMatch,
  };
}

/** Which column is which: pre-filled from the server's suggestion, adjustable before importing. */
export function ImportMappingForm({ preview, busy, onImport, onCancel }: Props) {
  const styles = useImportMappingFormStyles();
  const [m, setM] = useState(() => initial(preview));
  const set = (patch: Partial<typeof m>) => setM((x) => ({ ...x, ...patch }));
  const mapped = Object.entries(m.values).filter(([, col]) => col);
  const complete = m.unit && m.year && (m.format === 'wide' ? mapped.length > 0 : m.kpi && m.value);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete || busy) return;
    onImport(
      m.format === 'wide'
        ? { format: 'wide', unit: m.unit, year: m.year, values: Object.fromEntries(mapped), unitMatch: m.unitMatch }
        : { format: 'long', unit: m.unit, year: m.year, kpi: m.kpi, value: m.value, unitMatch: m.unitMatch },
    );
  };

  const columnSelect = (value: string, onChange: (v: string) => void, optional = false) => (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      <option value="">{optional ? 'Importeras inte' : 'Välj kolumn…'}</option>
      {preview.columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </Select>
  );

  return (
    <form className={styles.root} onSubmit={submit} aria-label="Kolumner att importera">
      <Field label="Filens form">
        <RadioGroup value={m.format} onChange={(_, d) => set({ format: d.value as 'wide' | 'long' })} layout="horizontal">
          <Radio value="wide" label="Ett nyckeltal per kolumn" />
          <Radio value="long" label="En rad per värde (kolumn för nyckeltal och värde)" />
        </RadioGroup>
      </Field>
      <div className={styles.grid}>
        <Field label="Kolumn med enheten" required>
          {columnSelect(m.unit, (unit) => set({ unit }))}
        </Field>
        <Field label="Enheten anges som">
          <Select value={m.unitMatch} onChange={(_, d) => set({ unitMatch: d.value as UnitMatch })}>
            {UNIT_MATCH.map((u) => (
              <option key={u.key} value={u.key}>
                {u.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Kolumn med år" required>
          {columnSelect(m.year, (year) => set({ year }))}
        </Field>
        {m.format === 'long' && (
          <>
            <Field label="Kolumn med nyckeltalets id (t.ex. N15421)" required>
              {columnSelect(m.kpi, (kpi) => set({ kpi }))}
            </Field>
            <Field label="Kolumn med värdet" required>
              {columnSelect(m.value, (value) => set({ value }))}
            </Field>
          </>
        )}
      </div>
      {m.format === 'wide' && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Nyckeltal och deras kolumner</legend>
          <div className={styles.grid}>
            {preview.kpis.map((k) => (
              <Field key={k.id} label={`${k.label} (${k.id})`}>
                {columnSelect(m.values[k.id] ?? '', (col) => set({ values: { ...m.values, [k.id]: col } }), true)}
              </Field>
            ))}
          </div>
        </fieldset>
      )}
      <div className={styles.buttons}>
        <BusyButton busy={busy} type="submit" appearance="primary" disabledFocusable={!complete || busy}>
          Importera
        </BusyButton>
        <Button onClick={onCancel} disabled={busy}>
          Välj en annan fil
        </Button>
      </div>
    </form>
  );
}

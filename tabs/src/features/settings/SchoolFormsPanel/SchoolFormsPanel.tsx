import { Button, Checkbox, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../../api/api-error';
import type { UnitSchoolForms } from '../../../api/settings-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { useAsync } from '../../../shared/hooks/use-async';
import { useSchoolFormLabels } from '../school-form-labels';
import { useSettingsStyles } from '../settings.styles';
import { useSettingsApi } from '../use-settings-api';

type Form = UnitSchoolForms['schoolForm'];

/** Skolformer per enhet: the unit's own form (goal areas, question set) and the others it also has. */
export function SchoolFormsPanel() {
  const styles = useSettingsStyles();
  const api = useSettingsApi();
  const units = useAsync(() => api.schoolForms(), [api]);
  return (
    <Panel
      title="Enheternas skolformer"
      description="Den egna skolformen avgör målområden och enkätfrågor. Skolformer du sätter här behålls när katalogimporten läser skolenhetsregistret."
    >
      {units.status === 'loading' && <Spinner size="tiny" label="Hämtar enheterna…" />}
      {units.status === 'error' && <ErrorBar error={units.error} onRetry={units.reload} />}
      {units.status === 'ready' && (
        <ul className={styles.plain}>
          {units.data.map((u) => (
            <UnitRow key={`${u.unitId}:${u.schoolForms.join()}`} unit={u} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function UnitRow({ unit }: { unit: UnitSchoolForms }) {
  const styles = useSettingsStyles();
  const labels = useSchoolFormLabels();
  const forms = Object.keys(labels) as Form[];
  const api = useSettingsApi();
  const [own, setOwn] = useState<Form>(unit.schoolForm);
  const [others, setOthers] = useState<Form[]>(unit.schoolForms.filter((f) => f !== unit.schoolForm));
  const [saved, setSaved] = useState(unit);
  const [error, setError] = useState<ApiError | null>(null);
  const next = [own, ...others.filter((f) => f !== own)];
  const changed = next.join() !== saved.schoolForms.join();
  const save = async () => {
    setError(null);
    try {
      setSaved(await api.setSchoolForms(unit.unitId, next));
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <li data-testid={`school-forms-${unit.unitId}`}>
      <fieldset className={styles.row}>
        <legend className={styles.heading}>{unit.name}</legend>
        {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
        <label>
          Egen skolform{' '}
          <Select value={own} onChange={(_, d) => setOwn(d.value as Form)} aria-label={`Egen skolform för ${unit.name}`}>
            {forms.map((f) => (
              <option key={f} value={f}>
                {labels[f]}
              </option>
            ))}
          </Select>
        </label>
        {forms
          .filter((f) => f !== own)
          .map((f) => (
            <Checkbox
              key={f}
              label={labels[f]}
              checked={others.includes(f)}
              onChange={(_, d) => setOthers(d.checked ? [...others, f] : others.filter((x) => x !== f))}
            />
          ))}
        <Button appearance="primary" disabled={!changed} onClick={() => void save()}>
          Spara
        </Button>
        <span data-testid={`school-forms-source-${unit.unitId}`}>
          {saved.byHand ? 'Satt för hand: katalogimporten behåller den.' : 'Från skolenhetsregistret.'}
        </span>
      </fieldset>
    </li>
  );
}

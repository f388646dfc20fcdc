import { Button, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toApiError } from '../../../api/api-error';
import type { PresetPreview } from '../../../api/settings-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { useConfirm } from '../../../shared/hooks/confirm';
import { useAsync } from '../../../shared/hooks/use-async';
import { useSettingsStyles } from '../settings.styles';
import { useSettingsApi } from '../use-settings-api';

const MONTHS = ['aug', 'sep', 'okt', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul'];
const MONTH_NUMBERS = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];

/** The process: each preset previewed (year wheel, documents, surveys) before the admin switches, behind a confirmation. */
export function PresetPanel() {
  const styles = useSettingsStyles();
  const api = useSettingsApi();
  const confirm = useConfirm();
  const presets = useAsync(() => api.presets(), [api]);
  const [selected, setSelected] = useState<string | null>(null);
  const current = presets.data?.find((p) => p.current)?.key ?? null;
  const key = selected ?? current;
  const preview = useAsync(() => (key ? api.presetPreview(key) : Promise.resolve(null)), [api, key]);

  useEffect(() => {
    if (selected === null && current) setSelected(current);
  }, [selected, current]);

  if (presets.status === 'loading') return <Spinner label="Hämtar förinställningarna…" />;
  if (presets.status === 'error') return <ErrorBar error={presets.error} onRetry={presets.reload} />;
  const chosen = presets.data.find((p) => p.key === key);
  const switchTo = () =>
    chosen &&
    confirm({
      title: `Byt till ${chosen.label}?`,
      text: `Årshjulet, dialogtyperna, dokumentens avsnitt, enkätfrågorna och planreglerna ersätts av förinställningens. Inget raderas: dokument som redan är skrivna behåller sin typ (${presets.data.find((p) => p.current)?.documents.unit ?? ''}), och nämndens mål och målområdena ändras inte.`,
      confirmLabel: 'Byt process',
      run: async () => {
        try {
          await api.applyPreset(chosen.key);
          presets.reload();
          return null;
        } catch (e) {
          return toApiError(e);
        }
      },
    });

  return (
    <Panel title="Process" description="Välj den förinställda process kommunen arbetar efter. Förhandsgranska innan du byter.">
      <RadioGroup value={key ?? ''} onChange={(_, d) => setSelected(d.value)} aria-label="Förinställningar">
        {presets.data.map((p) => (
          <Radio key={p.key} value={p.key} label={`${p.label}${p.current ? ' (gäller nu)' : ''}`} data-testid={`preset-${p.key}`} />
        ))}
      </RadioGroup>
      {preview.status === 'loading' && <Spinner size="tiny" label="Hämtar förhandsvisningen…" />}
      {preview.status === 'error' && <ErrorBar error={preview.error} onRetry={preview.reload} />}
      {preview.status === 'ready' && preview.data && <Preview preview={preview.data} />}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!chosen || chosen.current} onClick={switchTo} data-testid="apply-preset">
          {chosen?.current ? 'Gäller nu' : `Byt till ${chosen?.key ?? ''}`}
        </Button>
      </div>
    </Panel>
  );
}

function Preview({ preview }: { preview: PresetPreview }) {
  const styles = useSettingsStyles();
  return (
    <div data-testid="preset-preview">
      <p>{preview.description}</p>
      <div className={styles.columns}>
        <section aria-label="Årshjul">
          <h3 className={styles.heading}>Årshjul</h3>
          <ul className={styles.plain}>
            {preview.events.map((e) => (
              <li key={e.key}>
                {e.label} <span className={styles.muted}>{e.when}</span>
                <div className={styles.months} aria-hidden>
                  {MONTH_NUMBERS.map((m, i) => (
                    <span key={m} title={MONTHS[i]} className={`${styles.month} ${e.months.includes(m) ? styles.monthOn : ''}`} />
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Dokument">
          <h3 className={styles.heading}>Dokument</h3>
          <p>
            {preview.planLabel} (högst {preview.maxGoalAreas} målområden)
          </p>
          {[preview.documents.unit, preview.documents.organiser].map((d) => (
            <div key={d.label}>
              <strong>{d.label}</strong>
              <ul className={styles.list}>
                {d.sections.map((s) => (
                  <li key={s.label}>
                    {s.label}
                    {s.required ? ' (krävs)' : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <section aria-label="Enkäter och dialoger">
          <h3 className={styles.heading}>Enkäter</h3>
          <ul className={styles.list}>
            {preview.surveys.map((s) => (
              <li key={s.key}>
                {s.label}: {s.respondents.toLowerCase()}, {s.questions} frågor{s.schoolForms.length ? ` (${s.schoolForms.join(', ')})` : ''}
              </li>
            ))}
          </ul>
          <h3 className={styles.heading}>Dialoger</h3>
          <ul className={styles.list}>
            {preview.dialogues.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

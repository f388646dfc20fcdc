import { Button, Field, Input, MessageBar, MessageBarBody, Select, SpinButton, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../../api/api-error';
import type { SurveyConfig } from '../../../api/settings-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { useAsync } from '../../../shared/hooks/use-async';
import { useSchoolFormLabels } from '../school-form-labels';
import { useSettingsStyles } from '../settings.styles';
import { useSettingsApi } from '../use-settings-api';

type QuestionSet = SurveyConfig['questionSets'][number];
type Area = QuestionSet['questions'][number]['area'];
const AREAS: Record<Area, string> = { T: 'Trygghet', L: 'Lärande', D: 'Delaktighet' };

/** A new question's id: the area's letter and the next free number in the set (ids are what answers are stored by). */
const nextId = (set: QuestionSet, area: Area) => {
  const taken = new Set(set.questions.map((q) => q.id));
  let n = set.questions.length + 1;
  while (taken.has(`${area.toLowerCase()}${n}`)) n++;
  return `${area.toLowerCase()}${n}`;
};

/** Enkätfrågor: the preset's question sets, their questions reworded, added or removed, and the anonymity threshold (the server checks the rules). */
export function QuestionSetsPanel() {
  const styles = useSettingsStyles();
  const api = useSettingsApi();
  const labels = useSchoolFormLabels();
  const loaded = useAsync(() => api.surveyConfig(), [api]);
  const [config, setConfig] = useState<SurveyConfig | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.status === 'ready') setConfig(loaded.data);
  }, [loaded.status, loaded.data]);

  if (loaded.status === 'loading' || (!config && loaded.status !== 'error')) return <Spinner size="tiny" label="Hämtar enkätfrågorna…" />;
  if (loaded.status === 'error' || !config) return <ErrorBar error={loaded.error!} onRetry={loaded.reload} />;
  const setSet = (key: string, change: (s: QuestionSet) => QuestionSet) => {
    setSaved(false);
    setConfig({ ...config, questionSets: config.questionSets.map((s) => (s.key === key ? change(s) : s)) });
  };
  const save = async () => {
    setError(null);
    try {
      setConfig(await api.saveSurveyConfig(config));
      setSaved(true);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const formsOf = (key: string) =>
    Object.entries(config.setBySchoolForm)
      .filter(([, k]) => k === key)
      .map(([f]) => labels[f] ?? f);

  return (
    <Panel title="Enkätfrågor" description="Frågeuppsättningarna kommer från processen. Ändrade frågor gäller från nästa mätning.">
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Enkätfrågorna är sparade.</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Minsta antal svar för att visa ett resultat" hint="Skyddar barnens anonymitet: minst 5.">
        <SpinButton
          value={config.minAnswers}
          min={5}
          max={100}
          onChange={(_, d) => setConfig({ ...config, minAnswers: Number(d.value ?? d.displayValue ?? config.minAnswers) })}
        />
      </Field>
      {config.questionSets.map((set) => (
        <section key={set.key} aria-label={set.label} data-testid={`question-set-${set.key}`}>
          <h3 className={styles.heading}>
            {set.label}{' '}
            <span className={styles.muted}>{formsOf(set.key).join(', ') || (set.respondents === 'guardians' ? 'Vårdnadshavare' : '')}</span>
          </h3>
          <ul className={styles.plain}>
            {set.questions.map((q, i) => (
              <li key={q.id} className={styles.row}>
                <Field className={styles.grow} label={`${AREAS[q.area]} (${q.id})`}>
                  <Input
                    value={q.text}
                    maxLength={255}
                    onChange={(_, d) =>
                      setSet(set.key, (s) => ({ ...s, questions: s.questions.map((x, j) => (j === i ? { ...x, text: d.value } : x)) }))
                    }
                  />
                </Field>
                <Button
                  aria-label={`Ta bort frågan ${q.text}`}
                  disabled={set.questions.length <= 1}
                  onClick={() => setSet(set.key, (s) => ({ ...s, questions: s.questions.filter((_, j) => j !== i) }))}
                >
                  Ta bort
                </Button>
              </li>
            ))}
          </ul>
          <AddQuestion
            onAdd={(area, text) => setSet(set.key, (s) => ({ ...s, questions: [...s.questions, { id: nextId(s, area), area, text }] }))}
            label={set.label}
          />
        </section>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save()} data-testid="save-questions">
          Spara enkätfrågorna
        </Button>
      </div>
    </Panel>
  );
}

function AddQuestion({ label, onAdd }: { label: string; onAdd(area: Area, text: string): void }) {
  const styles = useSettingsStyles();
  const [area, setArea] = useState<Area>('T');
  const [text, setText] = useState('');
  return (
    <div className={styles.row}>
      <Field label="Område">
        <Select value={area} onChange={(_, d) => setArea(d.value as Area)}>
          {Object.entries(AREAS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.grow} label={`Ny fråga i ${label}`}>
        <Input value={text} maxLength={255} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button
        disabled={!text.trim()}
        onClick={() => {
          onAdd(area, text.trim());
          setText('');
        }}
      >
        Lägg till fråga
      </Button>
    </div>
  );
}

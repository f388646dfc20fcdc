import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { SurveyRound } from '../../../api/organiser-types';
import { useSurveyLink } from '../use-survey';
import { formatPercent } from '../../../lib/figures';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useSurveyLinkCardStyles } from './SurveyLinkCard.styles';

interface Props {
  unitId: string;
  unitName: string;
  round: SurveyRound;
  /** Answers so far and the share of the students (when the count is known). */
  answers: number;
  responseRate: number | null;
  onStudentsSaved(): void;
}

/** What the principal passes on: the unit's link (copy), its QR code (download, print a poster), and how many should answer. */
export function SurveyLinkCard({ unitId, unitName, round, answers, responseRate, onStudentsSaved }: Props) {
  const styles = useSurveyLinkCardStyles();
  const { link, qrUrl, error, download, printPoster, setStudents, dismiss } = useSurveyLink(unitId, round.id);
  const [copied, setCopied] = useState(false);
  const [count, setCount] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const linkId = useId();
  const students = link.data?.studentCount ?? null;

  useEffect(() => setCount(students ? String(students) : ''), [students]);

  const copy = async () => {
    if (!link.data) return;
    try {
      await navigator.clipboard.writeText(link.data.url);
    } catch {
      // Without clipboard access the link is selected for the person to copy.
      (document.getElementById(linkId) as HTMLInputElement | null)?.select();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 4000);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) {
      setSaveError(null);
      return;
    }
    setSaving(true);
    const failure = await setStudents(n);
    setSaving(false);
    setSaveError(failure);
    if (!failure) onStudentsSaved();
  };
  const invalid = count !== '' && (!Number.isInteger(Number(count)) || Number(count) < 1 || Number(count) > 5000);

  if (link.status === 'loading') return <Spinner size="small" label="Hämtar länken…" />;
  if (link.status === 'error') return <ErrorBar error={link.error} onRetry={link.reload} />;

  return (
    <div className={styles.root} data-testid="survey-link">
      <div className={styles.qr}>
        {qrUrl ? (
          <img src={qrUrl} alt={`QR-kod till enkäten för ${unitName}, ${round.label}`} className={styles.qrImage} data-testid="survey-qr" />
        ) : (
          <Spinner size="small" label="Hämtar QR-koden…" />
        )}
        <div className={styles.qrButtons}>
          <Button size="small" onClick={() => void download('png')}>
            Ladda ned PNG
          </Button>
          <Button size="small" onClick={() => void download('svg')}>
            Ladda ned SVG
          </Button>
          <Button size="small" appearance="primary" onClick={() => void printPoster()}>
            Skriv ut affisch
          </Button>
        </div>
      </div>
      <div className={styles.details}>
        <Field label="Länk till enkäten" hint="Dela länken med eleverna, eller visa QR-koden. Svaren är anonyma.">
          <div className={styles.linkRow}>
            <Input
              id={linkId}
              readOnly
              value={link.data.url}
              className={styles.linkInput}
              data-testid="survey-url"
              onFocus={(e) => e.target.select()}
            />
            <Button onClick={() => void copy()}>{copied ? 'Kopierad' : 'Kopiera länk'}</Button>
          </div>
        </Field>
        <span role="status" className={styles.status}>
          {copied ? 'Länken är kopierad.' : ''}
        </span>
        <form className={styles.students} onSubmit={(e) => void save(e)}>
          <Field
            label="Antal elever som ska svara"
            validationState={invalid ? 'error' : undefined}
            validationMessage={invalid ? 'Skriv ett heltal mellan 1 och 5000.' : undefined}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={5000}
              value={count}
              onChange={(_, d) => setCount(d.value)}
              className={styles.count}
            />
          </Field>
          <Button type="submit" disabled={saving || invalid || !count} icon={saving ? <Spinner size="tiny" /> : undefined}>
            Spara antal
          </Button>
        </form>
        {saveError && <ErrorBar error={saveError} onDismiss={() => setSaveError(null)} />}
        <p className={styles.rate} data-testid="response-rate">
          {answers} svar hittills
          {responseRate !== null
            ? ` – svarsfrekvens ${formatPercent(responseRate)}`
            : students
              ? ''
              : ' – ange antal elever för att se svarsfrekvensen'}
        </p>
      </div>
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
    </div>
  );
}

import { Badge, Button, Spinner } from '@fluentui/react-components';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { ROUND_STATUS_LABELS } from '../survey-results';
import { useWheelRounds } from '../use-wheel-rounds';
import { useWheelRoundsStyles } from './WheelRounds.styles';

const RESPONDENT_LABELS = { children: 'barn och elever', guardians: 'vårdnadshavare' } as const;

/** The surveys the year wheel plans this school year (the preset's own months and respondents), created or opened from here. */
export function WheelRounds({ schoolYear, onChanged }: { schoolYear: string; onChanged(): void }) {
  const styles = useWheelRoundsStyles();
  const { proposals, busy, error, create, dismiss } = useWheelRounds(schoolYear, onChanged);
  const list = proposals.data ?? [];
  return (
    <section className={styles.root} aria-labelledby="wheel-rounds-heading" data-testid="wheel-rounds">
      <h3 id="wheel-rounds-heading" className={styles.heading}>
        Enligt årshjulet
      </h3>
      {proposals.status === 'loading' && <Spinner size="small" label="Hämtar årshjulets enkäter…" />}
      {proposals.status === 'error' && <ErrorBar error={proposals.error} onRetry={proposals.reload} />}
      {proposals.status === 'ready' && list.length === 0 && <p className={styles.note}>Årshjulet har inga enkäter det här läsåret.</p>}
      <ul className={styles.list}>
        {list.map((p) => (
          <li key={p.eventKey} className={styles.item}>
            <span className={styles.name}>{p.label}</span>
            <span>
              {p.opensOn} – {p.closesOn}, {RESPONDENT_LABELS[p.respondents]}
            </span>
            {p.round ? (
              <Badge appearance="tint" color={p.round.status === 'open' ? 'success' : 'informative'}>
                {ROUND_STATUS_LABELS[p.round.status]}
              </Badge>
            ) : (
              <>
                <Button size="small" disabled={busy} onClick={() => void create(p.eventKey, false)}>
                  Planera {p.label}
                </Button>
                {p.due && (
                  <Button size="small" appearance="primary" disabled={busy} onClick={() => void create(p.eventKey, true)}>
                    Skapa och öppna {p.label}
                  </Button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
    </section>
  );
}

import { Button, Checkbox, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useId, useMemo, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { CarryOverCandidates, CarryOverChoice } from '../../../api/types';
import { useCarryOver } from '../use-carry-over';
import { goalAreasAfterCarryOver } from '../carry-over';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { FOLLOW_UP_STATUS_LABELS } from '../../../lib/labels';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { usePlanNotStartedStyles } from './PlanNotStarted.styles';
import { useNotStartedStyles } from '../../../shared/document/not-started.styles';

interface Props {
  unitId: string;
  schoolYear: string;
  /** Undefined while it is not known who the person is yet. */
  canStart: boolean | undefined;
  onStart(choice?: CarryOverChoice): Promise<ApiError | null>;
}

function CarryOverChoices({
  candidates,
  busy,
  onStart,
}: {
  candidates: CarryOverCandidates;
  busy: boolean;
  onStart(choice?: CarryOverChoice): void;
}) {
  const styles = { ...useNotStartedStyles(), ...usePlanNotStartedStyles() };
  const names = useDocumentNames();
  const warningId = useId();
  // Unfinished commitments and all development needs come along unless unticked.
  const [commitmentIds, setCommitmentIds] = useState(() => candidates.commitments.filter((c) => c.suggested).map((c) => c.id));
  const [needIndexes, setNeedIndexes] = useState(() => candidates.developmentNeeds.map((n) => n.index));
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  const areas = useMemo(
    () =>
      candidates.rules && candidates.goalAreaCatalogue
        ? goalAreasAfterCarryOver(candidates, candidates.rules, candidates.goalAreaCatalogue, {
            commitmentIds,
            developmentNeedIndexes: needIndexes,
          })
        : null,
    [candidates, commitmentIds, needIndexes],
  );
  const max = candidates.rules?.maxGoalAreas;
  const over = !!areas && max !== undefined && areas.length > max;
  const chosen = commitmentIds.length + needIndexes.length;

  return (
    <div className={styles.choices}>
      {candidates.commitments.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Åtaganden från {candidates.previousYear}</legend>
          <p className={styles.help}>Åtaganden som inte är avslutade är förvalda.</p>
          {candidates.commitments.map((c) => (
            <Checkbox
              key={c.id}
              checked={commitmentIds.includes(c.id)}
              onChange={(_, d) => setCommitmentIds((ids) => toggle(ids, c.id, d.checked === true))}
              label={
                <span className={styles.option}>
                  <span>{c.title}</span>
                  <span className={styles.optionMeta}>
                    {c.goalAreaLabel} ·{' '}
                    {c.latestStatus ? `senast: ${FOLLOW_UP_STATUS_LABELS[c.latestStatus].toLowerCase()}` : 'inte uppföljt'}
                    {c.suggested ? ' · inte avslutat' : ''}
                  </span>
                </span>
              }
            />
          ))}
        </fieldset>
      )}
      {candidates.developmentNeeds.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            Utvecklingsbehov från {names.report.the} {candidates.previousYear}
          </legend>
          <p className={styles.help}>Varje utvecklingsbehov blir ett åtagande under sitt målområde.</p>
          {candidates.developmentNeeds.map((n) => (
            <Checkbox
              key={n.index}
              checked={needIndexes.includes(n.index)}
              onChange={(_, d) => setNeedIndexes((ids) => toggle(ids, n.index, d.checked === true))}
              label={
                <span className={styles.option}>
                  <span>{n.text}</span>
                  {n.goalAreaLabel && <span className={styles.optionMeta}>{n.goalAreaLabel}</span>}
                </span>
              }
            />
          ))}
        </fieldset>
      )}
      {areas && (
        <p className={styles.text} data-testid="carry-over-areas">
          Planen får målområdena {areas.map((a) => a.label).join(', ')} ({areas.length} av högst {max}).
        </p>
      )}
      {over && (
        <MessageBar intent="warning" layout="multiline" id={warningId} data-testid="carry-over-warning">
          <MessageBarBody>
            Urvalet ger {areas!.length} målområden, men högst {max} får prioriteras. Avmarkera åtaganden eller utvecklingsbehov tills högst{' '}
            {max} målområden återstår.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <BusyButton
          busy={busy}
          appearance="primary"
          disabledFocusable={busy || over || chosen === 0}
          aria-describedby={over ? warningId : undefined}
          onClick={() => onStart({ commitmentIds, developmentNeedIndexes: needIndexes })}
        >
          Påbörja från förra läsåret
        </BusyButton>
        <Button disabled={busy} onClick={() => onStart()}>
          Påbörja en tom plan
        </Button>
      </div>
    </div>
  );
}

/** The empty state; the unit's principal starts the plan here, bringing along what last year left. */
export function PlanNotStarted({ unitId, schoolYear, canStart, onStart }: Props) {
  const styles = { ...useNotStartedStyles(), ...usePlanNotStartedStyles() };
  const names = useDocumentNames();
  const headingId = useId();
  const candidates = useCarryOver(unitId, schoolYear, canStart === true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function start(choice?: CarryOverChoice) {
    setBusy(true);
    setError(null);
    const failure = await onStart(choice);
    setBusy(false);
    setError(failure);
  }

  const c = candidates.data;
  const anything = !!c && (c.commitments.length > 0 || c.developmentNeeds.length > 0);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {names.plan.The} för {schoolYear} är inte påbörjad
      </h2>
      {canStart === undefined && <Spinner size="small" label="Hämtar…" />}
      {canStart === false && <p className={styles.text}>Enhetens rektor påbörjar planen. Den syns här när den är påbörjad.</p>}
      {canStart && (
        <>
          <p className={styles.text}>
            {anything
              ? `Påbörja från förra läsåret: det som inte blev klart och utvecklingsbehoven från ${names.report.the} följer med. De obligatoriska målområdena läggs alltid in.`
              : 'När du påbörjar planen läggs de obligatoriska målområdena in. Sedan lägger du till åtaganden, aktiviteter och uppföljningar.'}
          </p>
          {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
          {candidates.status === 'loading' && <Spinner size="small" label="Hämtar förra läsårets plan…" />}
          {candidates.status === 'error' && <ErrorBar error={candidates.error} onRetry={candidates.reload} />}
          {c && anything && <CarryOverChoices candidates={c} busy={busy} onStart={(choice) => void start(choice)} />}
          {(candidates.status === 'error' || (candidates.status === 'ready' && !anything)) && (
            <BusyButton busy={busy} appearance="primary" onClick={() => void start()}>
              Påbörja {names.plan.the}
            </BusyButton>
          )}
        </>
      )}
    </section>
  );
}

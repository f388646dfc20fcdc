import { Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Unit } from '../../../api/types';
import { useSurveyRounds, useSurveyThreshold, useUnitSurveyResults } from '../use-survey';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { RoundResultsTable } from '../RoundResultsTable/RoundResultsTable';
import { SurveyLinkCard } from '../SurveyLinkCard/SurveyLinkCard';
import { SurveyRoundsAdmin } from '../SurveyRoundsAdmin/SurveyRoundsAdmin';
import { UnitSurveyResults } from '../UnitSurveyResults/UnitSurveyResults';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { useSurveyViewStyles } from './SurveyView.styles';
import { UnitPicker, type UnitScreenProps } from '../../../shared/components/UnitPicker/UnitPicker';

type Props = UnitScreenProps;

function UnitSurvey({
  unit,
  rounds,
  minAnswers,
}: {
  unit: Unit;
  rounds: ReturnType<typeof useSurveyRounds>['rounds'];
  minAnswers: number;
}) {
  const styles = useSurveyViewStyles();
  const [revision, setRevision] = useState(0);
  const results = useUnitSurveyResults(unit.id, revision);
  const open = (rounds.data ?? []).filter((r) => r.status === 'open');
  const resultFor = (roundId: string) => results.data?.rounds.find((r) => r.round.id === roundId)?.unit;
  return (
    <>
      <Panel title={`Länk och QR-kod – ${unit.name}`} testId="survey-unit">
        {rounds.status === 'loading' && <Spinner size="small" label="Hämtar mätningarna…" />}
        {rounds.status === 'ready' && open.length === 0 && (
          <p className={styles.note}>
            Ingen TLD-mätning är öppen just nu. När huvudmannen öppnar en får enheten en länk och en QR-kod här.
          </p>
        )}
        {open.map((r) => (
          <div key={r.id} className={styles.round}>
            <h3 className={styles.roundTitle}>
              {r.label} (öppen {r.opensOn} – {r.closesOn})
            </h3>
            <SurveyLinkCard
              unitId={unit.id}
              unitName={unit.name}
              round={r}
              answers={resultFor(r.id)?.answers ?? 0}
              responseRate={resultFor(r.id)?.responseRate ?? null}
              onStudentsSaved={() => setRevision((n) => n + 1)}
            />
          </div>
        ))}
      </Panel>
      <Panel title={`Resultat – ${unit.name}`}>
        {results.status === 'loading' && <Spinner size="small" label="Hämtar resultaten…" />}
        {results.status === 'error' && <ErrorBar error={results.error} onRetry={results.reload} />}
        {results.status === 'ready' && (
          <UnitSurveyResults results={results.data} unitName={unit.name} schoolFormLabel={unit.schoolFormLabel} minAnswers={minAnswers} />
        )}
      </Panel>
    </>
  );
}

/**
 * TLD: for the principal, each unit's link and QR code to pass on and the unit's results;
 * for the organiser, the rounds (create, open, close) and every unit's results.
 */
export default function SurveyView({ me, units, schoolYear, unitId, onUnitChange }: Props) {
  const styles = useSurveyViewStyles();
  const organiser = me?.roles.some((r) => r === 'organiser' || r === 'admin') ?? false;
  const rounds = useSurveyRounds(schoolYear);
  const minAnswers = useSurveyThreshold();
  const unit = units.find((u) => u.id === unitId) ?? units[0];

  return (
    <div className={styles.root}>
      <ViewHeader
        title="TLD – trygghet, lärande, delaktighet"
        intro={`Barn och elever svarar anonymt i oktober och april. Resultat visas när minst ${minAnswers} har svarat.`}
      >
        {units.length > 1 && <UnitPicker units={units} value={unit?.id ?? ''} onChange={onUnitChange} testId="survey-unit-picker" />}
      </ViewHeader>
      {organiser && (
        <>
          <Panel
            title={`Mätningar ${schoolYear}`}
            description="När en mätning öppnas får varje enhet en egen länk och QR-kod, och rektorerna får dem av boten."
          >
            <SurveyRoundsAdmin key={schoolYear} schoolYear={schoolYear} rounds={rounds} />
          </Panel>
          <Panel title="Resultat för alla enheter">
            <RoundResultsTable rounds={rounds.rounds.data ?? []} />
          </Panel>
        </>
      )}
      {unit ? (
        <UnitSurvey key={unit.id} unit={unit} rounds={rounds.rounds} minAnswers={minAnswers} />
      ) : (
        <p className={styles.note}>Du har ingen enhet att visa.</p>
      )}
    </div>
  );
}

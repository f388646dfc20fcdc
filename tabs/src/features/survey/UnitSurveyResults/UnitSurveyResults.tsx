import { MessageBar, MessageBarBody, MessageBarTitle, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import type { UnitSurveyResults as Results } from '../../../api/organiser-types';
import { CHANGE_ARROWS, CHANGE_LABELS, formatNumber, formatPercent, indexChange, TLD_AREA_LABELS, TLD_AREAS } from '../../../lib/figures';
import { currentRound, hiddenMessage, hiddenShort, indexOf, roundsInOrder } from '../survey-results';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ShareBars, type BarGroup } from '../ShareBars/ShareBars';
import { useUnitSurveyResultsStyles } from './UnitSurveyResults.styles';

interface Props {
  results: Results;
  unitName: string;
  schoolFormLabel: string;
  minAnswers: number;
}

/**
 * A unit's TLD results: the index per area beside its school form and the whole organiser, share
 * positive per statement, and the rounds in order (oktober → april). Hidden where too few answered.
 * Every chart has the same figures as a table.
 */
export function UnitSurveyResults({ results, unitName, schoolFormLabel, minAnswers }: Props) {
  const styles = useUnitSurveyResultsStyles();
  const [asTable, setAsTable] = useState(false);
  const current = currentRound(results);
  const ordered = roundsInOrder(results);
  if (!current) return <p className={styles.empty}>Ingen TLD-mätning har öppnats ännu.</p>;
  const { unit } = current;

  const areaGroups: BarGroup[] = TLD_AREAS.map((a) => ({
    label: TLD_AREA_LABELS[a],
    bars: [
      { label: unitName, value: indexOf(unit, a), series: 0 },
      { label: schoolFormLabel, value: indexOf(current.schoolForm, a), series: 1, missingText: current.schoolForm ? 'dolt' : '–' },
      { label: 'Hela huvudmannen', value: indexOf(current.total, a), series: 2, missingText: current.total ? 'dolt' : '–' },
    ],
  }));
  const questions = unit.questions ?? [];

  return (
    <div className={styles.root} data-testid="survey-results">
      <div className={styles.head}>
        <p className={styles.round}>
          {current.round.label}: {unit.received} svar
          {unit.responseRate !== null ? `, svarsfrekvens ${formatPercent(unit.responseRate)}` : ''}
        </p>
        <Switch checked={asTable} onChange={(_, d) => setAsTable(d.checked)} label="Visa som tabell" />
      </div>
      {!unit.shown ? (
        <MessageBar intent="info" layout="multiline" data-testid="results-hidden">
          <MessageBarBody>
            <MessageBarTitle>Resultatet är dolt</MessageBarTitle>
            {hiddenMessage(unit, minAnswers)} Ingen ska kunna räkna ut vad någon enskild har svarat.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Panel
            title="Index per område"
            level={3}
            description="Andel positiva svar i genomsnitt för områdets frågor, jämfört med skolformen och hela huvudmannen."
          >
            {asTable ? (
              <DataTable
                caption="Index per område"
                captionHidden
                rowHeaders
                columns={[
                  { label: 'Område' },
                  { label: unitName, numeric: true },
                  { label: schoolFormLabel, numeric: true },
                  { label: 'Hela huvudmannen', numeric: true },
                ]}
                rows={TLD_AREAS.map((a) => [
                  TLD_AREA_LABELS[a],
                  formatNumber(indexOf(unit, a)),
                  current.schoolForm?.shown ? formatNumber(indexOf(current.schoolForm, a)) : 'dolt',
                  current.total?.shown ? formatNumber(indexOf(current.total, a)) : 'dolt',
                ])}
                testId="tld-index-table"
              />
            ) : (
              <ShareBars caption={`Index per område, ${current.round.label}`} groups={areaGroups} />
            )}
          </Panel>
          <Panel
            title="Andel positiva svar per påstående"
            level={3}
            description="Andel som svarat ”stämmer ganska bra” eller ”stämmer helt och hållet” (vet ej räknas inte)."
          >
            {asTable ? (
              <DataTable
                caption="Andel positiva svar per påstående"
                captionHidden
                rowHeaders
                columns={[
                  { label: 'Påstående' },
                  { label: 'Område' },
                  { label: 'Svar', numeric: true },
                  { label: 'Andel positiva', numeric: true },
                ]}
                rows={questions.map((q) => [q.text, TLD_AREA_LABELS[q.area], q.answered, formatPercent(q.positiveShare)])}
              />
            ) : (
              <ShareBars
                caption="Andel positiva svar per påstående"
                groups={TLD_AREAS.map((a) => ({
                  label: TLD_AREA_LABELS[a],
                  bars: questions.filter((q) => q.area === a).map((q) => ({ label: q.text, value: q.positiveShare, series: 0 as const })),
                }))}
              />
            )}
          </Panel>
        </>
      )}
      {ordered.length > 0 && (
        <Panel
          title="Över tid"
          level={3}
          description="Varje mätning jämförd med den före (oktober → april). Pilen visar förändringen, orden säger den."
        >
          <DataTable
            caption="TLD-index per mätning"
            captionHidden
            rowHeaders
            columns={[
              { label: 'Mätning' },
              { label: 'Svar', numeric: true },
              ...TLD_AREAS.map((a) => ({ label: TLD_AREA_LABELS[a], numeric: true })),
            ]}
            rows={ordered.map((r, i) => {
              const before = ordered
                .slice(0, i)
                .reverse()
                .find((x) => x.unit.shown)?.unit;
              return [
                r.round.label,
                r.unit.answers,
                ...TLD_AREAS.map((a) => {
                  if (!r.unit.shown) return hiddenShort(r.unit);
                  const change = indexChange(indexOf(r.unit, a), indexOf(before, a));
                  return (
                    <span key={a}>
                      {formatNumber(indexOf(r.unit, a))}
                      {change !== 'none' && (
                        <span className={styles[change]}>
                          {' '}
                          <span aria-hidden>{CHANGE_ARROWS[change]}</span> {CHANGE_LABELS[change]}
                        </span>
                      )}
                    </span>
                  );
                }),
              ];
            })}
            testId="tld-trend-table"
          />
        </Panel>
      )}
    </div>
  );
}

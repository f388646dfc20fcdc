import { Badge, Field, Select, Spinner } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useOverview } from '../use-overview';
import { overviewHeadline } from '../overview-headline';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { nextSort, schoolFormsOf, sortUnits, STALE_FOLLOW_UP_DAYS, isStale, type Sort } from '../overview-table';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { GoalAreaMatrix } from '../GoalAreaMatrix/GoalAreaMatrix';
import { OverviewUnitsTable } from '../OverviewUnitsTable/OverviewUnitsTable';
import { MeasureChart } from '../MeasureChart/MeasureChart';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { WaitingPanel, type WaitingTarget } from '../../personal/WaitingPanel/WaitingPanel';
import { useOverviewViewStyles } from './OverviewView.styles';

interface Props {
  schoolYear: string;
  hrefForUnit(unitId: string): string;
  onOpenUnit(unitId: string): void;
  /** A waiting item's place (a unit's document, or a view), in place: the app's own navigation. */
  hrefForTarget(target: WaitingTarget): string;
  onOpenTarget(target: WaitingTarget): void;
}

/**
 * Översikt: every unit side by side (documents, goal areas, follow-up freshness, TLD, key figures),
 * the board's goals and which units carry them, and the success factors. One request.
 */
export default function OverviewView({ schoolYear, hrefForUnit, onOpenUnit, hrefForTarget, onOpenTarget }: Props) {
  const styles = useOverviewViewStyles();
  const overview = useOverview(schoolYear);
  const [form, setForm] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'schoolForm', dir: 'ascending' });

  const all = overview.data?.units;
  const forms = useMemo(() => schoolFormsOf(all ?? []), [all]);
  const units = useMemo(
    () =>
      sortUnits(
        (all ?? []).filter((u) => !form || u.unit.schoolForm === form),
        sort,
      ),
    [all, form, sort],
  );
  const names = useMemo(() => new Map((all ?? []).map((u) => [u.unit.id, u.unit.name])), [all]);

  const stale = units.filter(isStale).length;
  const planName = useDocumentNames().plan.label;
  const uncarried = overview.data?.boardGoals.filter((g) => g.unitIds.length === 0) ?? [];
  const maxFactor = Math.max(1, ...(overview.data?.successFactors.map((f) => f.commitments) ?? [1]));

  return (
    <div className={styles.root}>
      <ViewHeader
        title={`Översikt ${schoolYear}`}
        intro="Alla enheter sida vid sida: dokumentens status, valda målområden, hur färska uppföljningarna är, TLD och nyckeltal."
      >
        <Field label="Skolform">
          <Select value={form} onChange={(_, d) => setForm(d.value)} data-testid="overview-form-filter">
            <option value="">Alla skolformer</option>
            {forms.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
      </ViewHeader>
      <WaitingPanel title="Det här väntar på dig nu" hrefFor={hrefForTarget} onOpen={onOpenTarget} max={5} />
      {overview.status === 'loading' && <Spinner label="Hämtar översikten…" />}
      {overview.status === 'error' && <ErrorBar error={overview.error} onRetry={overview.reload} />}
      {overview.status === 'ready' && (
        <>
          <p className={styles.summary} role="status">
            {overviewHeadline({
              units: units.length,
              formLabel: form ? forms.find((f) => f.key === form)?.label : undefined,
              withoutPlan: units.filter((u) => !u.plan).length,
              stale,
              staleDays: STALE_FOLLOW_UP_DAYS,
              planLabel: planName,
            })}
          </p>
          <Panel title="Enheterna">
            <OverviewUnitsTable
              units={units}
              sort={sort}
              onSort={(key) => setSort((s) => nextSort(s, key))}
              hrefForUnit={hrefForUnit}
              onOpenUnit={onOpenUnit}
            />
          </Panel>
          <Panel
            title="Ett mått över tid"
            description="TLD-index eller ett nyckeltal per enhet, mätning för mätning och år för år."
            testId="measure-panel"
          >
            <MeasureChart overview={overview.data} unitIds={new Set(units.map((u) => u.unit.id))} />
          </Panel>
          <Panel title="Målområden" description="Vilka övergripande målområden varje enhet har prioriterat i sin åtagandeplan.">
            <GoalAreaMatrix units={units} goalAreas={overview.data.goalAreas} />
          </Panel>
          <div className={styles.columns}>
            <Panel
              title="Nämndens mål"
              tone={uncarried.length ? 'warning' : 'default'}
              description={
                uncarried.length
                  ? `${uncarried.length} av nämndens mål bärs inte av något åtagande på någon enhet.`
                  : 'Vilka enheter som har åtaganden kopplade till nämndens mål.'
              }
              testId="board-goals"
            >
              <DataTable
                caption="Nämndens mål och enheterna som bär dem"
                captionHidden
                columns={[{ label: 'Mål' }, { label: 'Enheter', numeric: true }, { label: 'Vilka' }]}
                rowHeaders
                marked={overview.data.boardGoals.map((g) => g.unitIds.length === 0)}
                rows={overview.data.boardGoals.map((g) => [
                  g.title,
                  g.unitIds.length,
                  g.unitIds.length ? (
                    g.unitIds.map((id) => names.get(id) ?? id).join(', ')
                  ) : (
                    <Badge appearance="tint" color="warning">
                      Ingen enhet bär målet
                    </Badge>
                  ),
                ])}
                empty="Inga mål från nämnden är inlagda."
              />
            </Panel>
            <Panel title="Framgångsfaktorer" description="Antal åtaganden som enheterna har kopplat till Skolverkets framgångsfaktorer.">
              <ul className={styles.factors} data-testid="success-factors">
                {overview.data.successFactors.map((f) => (
                  <li key={f.key} className={styles.factor}>
                    <span className={styles.factorLabel}>{f.label}</span>
                    <span className={styles.factorBarTrack} aria-hidden>
                      <span className={styles.factorBar} style={{ width: `${(100 * f.commitments) / maxFactor}%` }} />
                    </span>
                    <span className={styles.factorCount}>{f.commitments}</span>
                  </li>
                ))}
              </ul>
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}

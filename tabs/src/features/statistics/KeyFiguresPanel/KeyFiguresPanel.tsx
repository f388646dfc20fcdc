import { Spinner } from '@fluentui/react-components';
import type { UnitKeyFigure } from '../../../api/organiser-types';
import { useKeyFigures } from '../use-key-figures';
import { formatNumber, numericArrow, TREND_LABELS } from '../../../lib/figures';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { useKeyFiguresPanelStyles } from './KeyFiguresPanel.styles';

/** Bars for the years, from zero on one scale with the comparisons (the table beside gives the exact values). */
function Bars({ figure }: { figure: UnitKeyFigure }) {
  const styles = useKeyFiguresPanelStyles();
  const all = [...figure.values.map((v) => v.value), figure.municipality ?? undefined, figure.national ?? undefined].filter(
    (v): v is number => v !== undefined,
  );
  const max = Math.max(...all, 1);
  const width = 56;
  const gap = 16;
  const height = 72;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${3 * (width + gap)} ${height + 20}`} aria-hidden focusable="false">
      {figure.values.map((v, i) => {
        const h = Math.max(2, (v.value / max) * height);
        return (
          <g key={v.year} transform={`translate(${i * (width + gap)},0)`}>
            <rect
              className={i === figure.values.length - 1 ? styles.barLatest : styles.bar}
              x={0}
              y={height - h}
              width={width}
              height={h}
              rx={3}
            />
            <text className={styles.barLabel} x={width / 2} y={height + 15} textAnchor="middle">
              {v.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function FigureCard({ figure }: { figure: UnitKeyFigure }) {
  const styles = useKeyFiguresPanelStyles();
  const unit = figure.kpi.unit === '%' ? ' %' : '';
  const arrow = numericArrow(figure.values);
  return (
    <article className={styles.card} aria-label={figure.kpi.label} data-testid="key-figure">
      <h3 className={styles.cardTitle}>{figure.kpi.label}</h3>
      {!figure.hasData ? (
        <p className={styles.noData}>Inga uppgifter för enheten</p>
      ) : (
        <>
          <p className={styles.latest}>
            <span className={styles.latestValue}>
              {formatNumber(figure.latest?.value)}
              {unit}
            </span>{' '}
            <span className={styles.latestYear}>({figure.latest?.year})</span>
            {arrow && (
              <span className={styles[figure.direction]}>
                {' '}
                <span aria-hidden>{arrow}</span> {TREND_LABELS[figure.direction]} än året innan
              </span>
            )}
          </p>
          <Bars figure={figure} />
          <DataTable
            caption={`${figure.kpi.label}: värden per år och jämförelse`}
            captionHidden
            inline="dense"
            columns={[
              ...figure.values.map((v) => ({ label: v.year, numeric: true })),
              { label: 'Kommunen', numeric: true },
              { label: 'Riket', numeric: true },
            ]}
            rows={[[...figure.values.map((v) => formatNumber(v.value)), formatNumber(figure.municipality), formatNumber(figure.national)]]}
          />
        </>
      )}
    </article>
  );
}

/** A unit's key figures: three years with the trend, the municipality and the country beside them. */
export function KeyFiguresPanel({ unitId, revision = 0 }: { unitId: string; revision?: number }) {
  const styles = useKeyFiguresPanelStyles();
  const figures = useKeyFigures(unitId, revision);
  if (figures.status === 'loading') return <Spinner size="small" label="Hämtar nyckeltal…" />;
  if (figures.status === 'error') return <ErrorBar error={figures.error} onRetry={figures.reload} />;
  if (!figures.data.length) return <p className={styles.noData}>Inga nyckeltal följs för enhetens skolform.</p>;
  return (
    <div className={styles.grid}>
      {figures.data.map((f) => (
        <FigureCard key={f.kpi.id} figure={f} />
      ))}
    </div>
  );
}

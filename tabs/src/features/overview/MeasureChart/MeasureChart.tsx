import { Button, Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Overview } from '../../../api/organiser-types';
import { formatNumber } from '../../../lib/figures';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { MISSING_TEXT, measureSeries, measuresOf, pointText, type Point } from '../measure-series';
import { useMeasureChartStyles } from './MeasureChart.styles';

/** "TLD oktober 2025" → "oktober 2025": the measure's name already says TLD. */
const shortPeriod = (period: string) => period.replace(/^TLD\s+/, '');

/**
 * One measure across units and school years, from the overview's own data: a card per unit with a
 * bar per round or year (the latest in the brand colour), the value in Swedish figures beside it,
 * and the same as a table at a click. Plain SVG bars, no chart library: a bar is one rect.
 */
export function MeasureChart({ overview, unitIds }: { overview: Overview; unitIds?: Set<string> }) {
  const styles = useMeasureChartStyles();
  const measures = useMemo(() => measuresOf(overview), [overview]);
  const [chosen, setKey] = useState('');
  // Another school year may not have the chosen key figure: then the first measure.
  const key = measures.some((m) => m.key === chosen) ? chosen : (measures[0]?.key ?? '');
  const [asTable, setAsTable] = useState(false);
  const data = useMemo(() => measureSeries(overview, key), [overview, key]);
  if (!data) return <p className={styles.note}>Inga mått att visa för läsåret.</p>;
  const units = data.units.filter((u) => !unitIds || unitIds.has(u.unitId));
  const last = data.periods.length - 1;
  const groups = ['TLD-index', 'Nyckeltal'] as const;

  const bar = (p: Point, i: number) => (
    <svg className={styles.bar} viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className={styles.track} x="0" y="0" width="100" height="12" />
      {p.value !== null && (
        <rect
          className={i === last ? styles.latest : styles.earlier}
          x="0"
          y="0"
          width={Math.max(0, Math.min(100, (100 * p.value) / data.max))}
          height="12"
        />
      )}
    </svg>
  );

  return (
    <div className={styles.root} data-testid="measure-chart">
      <div className={styles.controls}>
        <Field label="Mått" className={styles.picker}>
          <Select
            className={styles.select}
            select={{ className: styles.select }}
            value={key}
            onChange={(_, d) => setKey(d.value)}
            data-testid="measure-picker"
          >
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {measures
                  .filter((m) => m.group === g)
                  .map((m) => (
                    <option key={m.key} value={m.key}>
                      {m.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Button aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Visa som diagram' : 'Visa som tabell'}
        </Button>
      </div>
      <p className={styles.note}>
        {data.measure.label}
        {data.measure.group === 'TLD-index' ? ', 0–100' : `, skala 0–${formatNumber(data.max)}`}. Senaste{' '}
        {data.measure.group === 'TLD-index' ? 'mätningen' : 'året'} i blått. – betyder{' '}
        {data.measure.group === 'TLD-index' ? `${MISSING_TEXT.hidden} eller ingen mätning` : MISSING_TEXT.none}.
      </p>
      {asTable ? (
        <DataTable
          caption={`${data.measure.label} per enhet`}
          captionHidden
          testId="measure-table"
          rowHeaders
          columns={[{ label: 'Enhet' }, ...data.periods.map((p) => ({ label: shortPeriod(p), numeric: true }))]}
          rows={units.map((u) => [u.unitName, ...u.points.map(pointText)])}
          empty="Ingen enhet har värden för måttet."
        />
      ) : (
        <ul className={styles.units} aria-label={`${data.measure.label} per enhet`}>
          {units.map((u) => (
            <li key={u.unitId} className={styles.unit} data-testid="measure-unit">
              <h3 className={styles.unitName}>
                {u.unitName} <span className={styles.form}>{u.schoolFormLabel}</span>
              </h3>
              <ul className={styles.points}>
                {u.points.map((p, i) => (
                  <li key={p.period} className={styles.point}>
                    <span className={styles.period}>{shortPeriod(p.period)}</span>
                    {bar(p, i)}
                    <span className={styles.value} data-testid="measure-value">
                      {pointText(p)}
                      {p.missing && <span className={styles.srOnly}>, {MISSING_TEXT[p.missing]}</span>}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

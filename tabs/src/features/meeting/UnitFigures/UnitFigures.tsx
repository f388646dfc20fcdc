import type { MeetingUnit } from '../../../api/meeting-types';
import { formatNumber, numericArrow, TLD_AREA_LABELS, TLD_AREAS, TREND_LABELS } from '../../../lib/figures';
import { useUnitFiguresStyles } from './UnitFigures.styles';

/** The unit's TLD trend (every round, hidden ones said so) and its key figures with their direction in words. */
export function UnitFigures({ unit }: { unit: MeetingUnit }) {
  const styles = useUnitFiguresStyles();
  const rounds = unit.tld.filter((r) => r.answers > 0 || r.shown);
  return (
    <div className={styles.root} data-testid="unit-figures">
      <h4 className={styles.title}>TLD över tid</h4>
      {rounds.length ? (
        <table className={styles.table}>
          <caption className={styles.muted}>Index 0–100 per mätning; dolt där för få har svarat.</caption>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                Mätning
              </th>
              {TLD_AREAS.map((a) => (
                <th key={a} className={styles.cell} scope="col">
                  <abbr title={TLD_AREA_LABELS[a]}>{a}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.roundId}>
                <th className={styles.head} scope="row">
                  {r.label}
                </th>
                {TLD_AREAS.map((a) => (
                  <td key={a} className={styles.cell}>
                    {r.shown && r.index ? formatNumber(r.index[a]) : 'dolt'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.muted}>Ingen TLD-mätning ännu.</p>
      )}
      <h4 className={styles.title}>Nyckeltal</h4>
      {unit.keyFigures.some((k) => k.hasData) ? (
        <ul className={styles.list}>
          {unit.keyFigures
            .filter((k) => k.hasData)
            .map((k) => {
              const last = k.values[k.values.length - 1];
              return (
                <li key={k.kpiId} className={styles.figure}>
                  <span>{k.label}</span>
                  <span>
                    {formatNumber(last?.value)} {numericArrow(k.values)} <span className={styles.muted}>({TREND_LABELS[k.direction]})</span>
                  </span>
                </li>
              );
            })}
        </ul>
      ) : (
        <p className={styles.muted}>Inga nyckeltal för enheten.</p>
      )}
    </div>
  );
}

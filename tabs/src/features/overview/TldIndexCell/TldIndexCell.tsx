import type { OverviewUnit } from '../../../api/organiser-types';
import {
  CHANGE_ARROWS,
  CHANGE_LABELS,
  formatNumber,
  HIDDEN_REASON_TEXT,
  indexChange,
  latestIndices,
  TLD_AREA_LABELS,
  TLD_AREAS,
} from '../../../lib/figures';
import { useTldIndexCellStyles } from './TldIndexCell.styles';

/** The unit's latest TLD indices, each with an arrow against the round before and the same in words. */
export function TldIndexCell({ tld }: { tld: OverviewUnit['tld'] }) {
  const styles = useTldIndexCellStyles();
  const { latest, previous } = latestIndices(tld);
  if (!latest?.index) {
    const answered = tld.filter((r) => r.answers > 0);
    if (!answered.length) return <span className={styles.muted}>Ingen mätning ännu</span>;
    return <span className={styles.muted}>Dolt: {HIDDEN_REASON_TEXT.fewAnswers}</span>;
  }
  return (
    <div className={styles.root}>
      <ul className={styles.list}>
        {TLD_AREAS.map((a) => {
          const now = latest.index?.[a];
          const change = indexChange(now, previous?.index?.[a]);
          return (
            <li key={a} className={styles.item}>
              <span aria-hidden title={TLD_AREA_LABELS[a]}>
                <span className={styles.area}>{a}</span> {formatNumber(now)}
                {change !== 'none' && <span className={styles[change]}> {CHANGE_ARROWS[change]}</span>}
              </span>
              <span className={styles.srOnly}>
                {TLD_AREA_LABELS[a]} {formatNumber(now)}
                {change !== 'none' ? `, ${CHANGE_LABELS[change]} sedan ${previous?.label}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <span className={styles.round}>{latest.label}</span>
    </div>
  );
}

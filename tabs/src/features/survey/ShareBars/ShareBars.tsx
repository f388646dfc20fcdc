import { useId } from 'react';
import { formatNumber } from '../../../lib/figures';
import { useShareBarsStyles } from './ShareBars.styles';

export interface Bar {
  label: string;
  /** 0–100; null when there is nothing to show (hidden or no answers). */
  value: number | null;
  /** Which series: 0 the unit, 1 the school form, 2 the organiser's total. */
  series?: 0 | 1 | 2;
  /** Shown instead of a value when there is none ("dolt"). */
  missingText?: string;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

/** Horizontal bars on a 0–100 scale, each with its label and value in words beside it. */
export function ShareBars({ groups, caption }: { groups: BarGroup[]; caption: string }) {
  const styles = useShareBarsStyles();
  const id = useId();
  const series = [styles.series0, styles.series1, styles.series2];
  return (
    <figure className={styles.root} aria-labelledby={id}>
      <figcaption id={id} className={styles.caption}>
        {caption}
      </figcaption>
      {groups.map((g) => (
        <div key={g.label} className={styles.group}>
          {g.label && <p className={styles.groupLabel}>{g.label}</p>}
          <ul className={styles.list}>
            {g.bars.map((b) => (
              <li key={b.label} className={styles.row}>
                <span className={styles.label}>{b.label}</span>
                <span className={styles.track} aria-hidden>
                  {b.value !== null && (
                    <span className={series[b.series ?? 0]} style={{ width: `${Math.max(0, Math.min(100, b.value))}%` }} />
                  )}
                </span>
                <span className={styles.value}>{b.value === null ? (b.missingText ?? '–') : `${formatNumber(b.value)} %`}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </figure>
  );
}

import { Badge } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import type { OverviewUnit } from '../../../api/organiser-types';
import { formatNumber, numericArrow, TREND_LABELS } from '../../../lib/figures';
import { COLUMNS, isStale, STALE_FOLLOW_UP_DAYS, type Sort, type SortKey } from '../overview-table';
import { DocumentStatusBadge } from '../../../shared/document/StatusBadges/StatusBadges';
import { CommitmentBar } from '../CommitmentBar/CommitmentBar';
import { TldIndexCell } from '../TldIndexCell/TldIndexCell';
import { useOverviewUnitsTableStyles } from './OverviewUnitsTable.styles';

interface Props {
  units: OverviewUnit[];
  sort: Sort;
  onSort(key: SortKey): void;
  hrefForUnit(unitId: string): string;
  onOpenUnit(unitId: string): void;
}

function FollowUpCell({ unit }: { unit: OverviewUnit }) {
  const styles = useOverviewUnitsTableStyles();
  if (!unit.plan || unit.plan.commitments === 0) return <span className={styles.muted}>–</span>;
  if (unit.daysSinceFollowUp === null)
    return (
      <Badge className={styles.badge} appearance="tint" color="warning">
        Ingen uppföljning
      </Badge>
    );
  const text = unit.daysSinceFollowUp === 1 ? '1 dag sedan' : `${unit.daysSinceFollowUp} dagar sedan`;
  return isStale(unit) ? (
    <Badge className={styles.badge} appearance="tint" color="warning" title={`Mer än ${STALE_FOLLOW_UP_DAYS} dagar sedan`}>
      {text}
    </Badge>
  ) : (
    <span>{text}</span>
  );
}

/** The principals' attendance at the year's dialogues, as recorded (Teams report or marked by hand). */
function AttendanceCell({ unit }: { unit: OverviewUnit }) {
  const styles = useOverviewUnitsTableStyles();
  const a = unit.attendance;
  if (!a)
    return (
      <span className={styles.muted} title="Ingen närvaro registrerad">
        –
      </span>
    );
  return <span>{`${a.attended} av ${a.invited} ${a.invited === 1 ? 'dialog' : 'dialoger'}`}</span>;
}

function KeyFigureCell({ unit }: { unit: OverviewUnit }) {
  const styles = useOverviewUnitsTableStyles();
  const withData = unit.keyFigures.filter((k) => k.hasData);
  if (!withData.length) return <span className={styles.muted}>{unit.keyFigures.length ? 'Inga uppgifter' : '–'}</span>;
  return (
    <ul className={styles.figures}>
      {withData.map((k) => {
        const last = k.values[k.values.length - 1];
        const arrow = numericArrow(k.values);
        return (
          <li key={k.kpiId} className={styles.figure}>
            <span className={styles.figureLabel} title={k.label}>
              {k.label}
            </span>
            <span>
              <span className={styles.figureValue}>{formatNumber(last?.value)}</span> <span className={styles.muted}>({last?.year})</span>
              {arrow && (
                <span className={styles[k.direction]}>
                  {' '}
                  <span aria-hidden>{arrow}</span> {TREND_LABELS[k.direction]}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Every unit in one table, sortable by each column; the unit's name opens its documents. */
export function OverviewUnitsTable({ units, sort, onSort, hrefForUnit, onOpenUnit }: Props) {
  const styles = useOverviewUnitsTableStyles();
  const open = (unitId: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpenUnit(unitId);
  };
  const header = ([key, label]: (typeof COLUMNS)[number], i: number): ReactNode => {
    if (!key)
      return (
        <th key={i} scope="col" className={styles.th}>
          {label}
        </th>
      );
    const active = sort.key === key;
    return (
      <th key={i} scope="col" className={styles.th} aria-sort={active ? sort.dir : undefined}>
        <button type="button" className={styles.sortButton} onClick={() => onSort(key)}>
          {label}
          <span aria-hidden className={styles.sortMark}>
            {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className={styles.scroll} role="region" aria-label="Enheterna i översikten" tabIndex={0}>
      <table className={styles.table} data-testid="overview-units">
        <caption className={styles.caption}>
          Alla enheter: dokument, uppföljning, närvaro vid dialogerna, TLD och nyckeltal. Klicka på en kolumnrubrik för att sortera; annars
          visas enheterna efter skolform.
        </caption>
        <thead>
          <tr>{COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unit.id} className={styles.row} data-testid="overview-unit">
              <th scope="row" className={styles.rowHeader}>
                <a className={styles.link} href={hrefForUnit(u.unit.id)} onClick={open(u.unit.id)}>
                  {u.unit.name}
                </a>
                <span className={styles.form}>{u.unit.schoolFormLabel}</span>
              </th>
              <td className={styles.td}>
                <dl className={styles.documents}>
                  <div className={styles.document}>
                    <dt className={styles.docLabel}>Plan</dt>
                    <dd className={styles.docStatus}>
                      <DocumentStatusBadge status={u.plan?.status ?? 'notStarted'} size="medium" />
                    </dd>
                  </div>
                  <div className={styles.document}>
                    <dt className={styles.docLabel}>Rapport</dt>
                    <dd className={styles.docStatus}>
                      <DocumentStatusBadge status={u.report?.status ?? 'notStarted'} size="medium" />
                    </dd>
                  </div>
                </dl>
              </td>
              <td className={styles.td}>{u.plan ? <CommitmentBar counts={u.plan.byStatus} /> : <span className={styles.muted}>–</span>}</td>
              <td className={styles.td}>
                <FollowUpCell unit={u} />
              </td>
              <td className={styles.td} data-testid="overview-attendance">
                <AttendanceCell unit={u} />
              </td>
              <td className={styles.td}>
                <TldIndexCell tld={u.tld} />
              </td>
              <td className={styles.td}>
                <KeyFigureCell unit={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

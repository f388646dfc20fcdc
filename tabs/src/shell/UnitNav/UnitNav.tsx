import { mergeClasses } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { Unit } from '../../api/types';
import { SCHOOL_FORM_ORDER } from '../../lib/labels';
import { useUnitNavStyles } from './UnitNav.styles';

interface Props {
  units: Unit[];
  selectedId: string | null;
  /** Groups by school form (the organiser's many units); a principal's few are listed as they are. */
  grouped: boolean;
  hrefFor(unitId: string): string;
  onSelect(unitId: string): void;
}

function groupBySchoolForm(units: Unit[]): { label: string; units: Unit[] }[] {
  const rank = (form: string) => SCHOOL_FORM_ORDER.indexOf(form) + 1 || SCHOOL_FORM_ORDER.length + 1;
  const groups = new Map<string, { label: string; rank: number; units: Unit[] }>();
  for (const u of units) {
    const g = groups.get(u.schoolFormLabel) ?? { label: u.schoolFormLabel, rank: rank(u.schoolForm), units: [] };
    g.units.push(u);
    groups.set(u.schoolFormLabel, g);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'sv'));
}

/** The units as links (so they open in a new tab too); the selected one is marked for screen readers. */
export function UnitNav({ units, selectedId, grouped, hrefFor, onSelect }: Props) {
  const styles = useUnitNavStyles();

  const click = (unitId: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(unitId);
  };

  const item = (u: Unit, showForm: boolean) => (
    <li key={u.id}>
      <a
        href={hrefFor(u.id)}
        className={mergeClasses(styles.link, u.id === selectedId && styles.selected)}
        aria-current={u.id === selectedId ? 'page' : undefined}
        onClick={click(u.id)}
      >
        <span className={styles.unitName}>{u.name}</span>
        {showForm && <span className={styles.unitForm}>{u.schoolFormLabel}</span>}
      </a>
    </li>
  );

  return (
    <nav aria-label="Enheter">
      {grouped ? (
        groupBySchoolForm(units).map((g) => (
          <div key={g.label} className={styles.group} role="group" aria-label={g.label}>
            <span className={styles.groupLabel} aria-hidden>
              {g.label}
            </span>
            <ul className={styles.list}>{g.units.map((u) => item(u, false))}</ul>
          </div>
        ))
      ) : (
        <ul className={styles.list}>{units.map((u) => item(u, true))}</ul>
      )}
    </nav>
  );
}

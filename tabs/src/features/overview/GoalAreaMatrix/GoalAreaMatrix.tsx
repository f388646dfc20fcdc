import type { Overview, OverviewUnit } from '../../../api/organiser-types';
import { useGoalAreaMatrixStyles } from './GoalAreaMatrix.styles';

/** Units × goal areas: which areas each unit has prioritised this year, with the count per area. */
export function GoalAreaMatrix({ units, goalAreas }: { units: OverviewUnit[]; goalAreas: Overview['goalAreas'] }) {
  const styles = useGoalAreaMatrixStyles();
  if (!goalAreas.length) return <p className={styles.empty}>Ingen enhet har valt målområden för läsåret ännu.</p>;
  return (
    <div className={styles.scroll} role="region" aria-label="Målområden per enhet" tabIndex={0}>
      <table className={styles.table} data-testid="goal-area-matrix">
        <caption className={styles.caption}>Prioriterade målområden per enhet (✓ = prioriterat)</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              Enhet
            </th>
            {goalAreas.map((g) => (
              <th key={g.key} scope="col" className={styles.areaHeader}>
                <span className={styles.areaLabel}>{g.label}</span>
                <span className={styles.count}>{g.units} enh.</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unit.id} className={styles.row}>
              <th scope="row" className={styles.rowHeader}>
                {u.unit.name}
              </th>
              {goalAreas.map((g) => {
                const chosen = u.plan?.goalAreas.includes(g.key) ?? false;
                return (
                  <td key={g.key} className={chosen ? styles.chosen : styles.cell}>
                    {chosen ? (
                      <>
                        <span aria-hidden>✓</span>
                        <span className={styles.srOnly}>Prioriterat</span>
                      </>
                    ) : (
                      <span className={styles.srOnly}>Inte valt</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

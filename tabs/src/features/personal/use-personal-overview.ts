import type { ApiClient } from '../../api/client';
import type { Me, Unit, UnitRole } from '../../api/types';
import type { DocumentSummary } from './due-next';
import { useServices } from '../../shared/hooks/services';
import { useAsync } from '../../shared/hooks/use-async';

export interface UnitOverview {
  unit: Unit;
  role: UnitRole;
  documents: DocumentSummary[];
}

async function documentsOf(api: ApiClient, unitId: string, years: string[]): Promise<DocumentSummary[]> {
  const rows = await Promise.all(
    years.flatMap((year) => [
      api.plan(unitId, year).then((d): DocumentSummary => ({ kind: 'plan', schoolYear: year, state: d?.plan.status ?? 'notStarted' })),
      api
        .report(unitId, year)
        .then((d): DocumentSummary => ({ kind: 'report', schoolYear: year, state: d?.report.status ?? 'notStarted' })),
    ]),
  );
  return rows;
}

/**
 * The person's own units with this and last year's documents and their statuses.
 * (Four reads per unit today; a summary endpoint on the server would make it one.)
 */
export function usePersonalOverview(me: Me | undefined, units: Unit[] | undefined, currentYear: string, previousYear: string) {
  const { api } = useServices();
  return useAsync(async (): Promise<UnitOverview[]> => {
    if (!me || !units) return [];
    const years = [currentYear, previousYear];
    const mine = units.flatMap((unit) => {
      const m = me.memberships.find((x) => x.unitId === unit.id);
      return m ? [{ unit, role: m.role }] : [];
    });
    return Promise.all(mine.map(async ({ unit, role }) => ({ unit, role, documents: await documentsOf(api, unit.id, years) })));
  }, [api, me, units, currentYear, previousYear]);
}

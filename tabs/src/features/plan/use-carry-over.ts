import { useServices } from '../../shared/hooks/services';
import { useAsync } from '../../shared/hooks/use-async';

/** What a new plan can bring from last year's plan and report (the unit's principal only). */
export function useCarryOver(unitId: string, schoolYear: string, enabled: boolean) {
  const { api } = useServices();
  return useAsync(() => (enabled ? api.carryOver(unitId, schoolYear) : Promise.resolve(null)), [api, unitId, schoolYear, enabled]);
}

import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';
import { useAsync } from '../../shared/hooks/use-async';

/** A unit's key figures: three years with trend, and the municipality and the country beside them. */
export function useKeyFigures(unitId: string | null, revision = 0) {
  const api = useOrganiserApi();
  return useAsync(async () => (unitId ? api.keyFigures(unitId) : []), [api, unitId, revision]);
}

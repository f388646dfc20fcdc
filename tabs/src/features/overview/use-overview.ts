import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';
import { useAsync } from '../../shared/hooks/use-async';

/** Every unit side by side for a school year: one request. */
export function useOverview(schoolYear: string) {
  const api = useOrganiserApi();
  return useAsync(() => api.overview(schoolYear), [api, schoolYear]);
}

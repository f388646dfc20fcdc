import { useOrganiserApi } from './use-organiser-api';
import { useAsync } from './use-async';

/** Every unit side by side for a school year: one request. */
export function useOverview(schoolYear: string) {
  const api = useOrganiserApi();
  return useAsync(() => api.overview(schoolYear), [api, schoolYear]);
}

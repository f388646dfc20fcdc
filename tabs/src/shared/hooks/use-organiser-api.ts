import { useMemo } from 'react';
import { OrganiserApi } from '../../api/organiser-api';
import { useServices } from './services';

/** The organiser's area of the API client, on the app's one Http (the services change on sign-in). */
export function useOrganiserApi(): OrganiserApi {
  const { api } = useServices();
  return useMemo(() => new OrganiserApi(api.http), [api]);
}

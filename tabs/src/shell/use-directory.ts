import { useServices } from '../shared/hooks/services';
import { useAsync } from '../shared/hooks/use-async';

/** The signed-in person, with roles and unit memberships. */
export function useMe() {
  const { api } = useServices();
  return useAsync(() => api.me(), [api]);
}

/** The units the person sees (all for the organiser level, otherwise their own). */
export function useUnits() {
  const { api } = useServices();
  return useAsync(() => api.units(), [api]);
}

export function useDevUsers() {
  const { api } = useServices();
  return useAsync(() => api.devUsers(), [api]);
}

import { useMemo } from 'react';
import { OrganiserApi } from '../../api/organiser-api';
import { useServices } from './services';

/** The organiser's API client, signed in as the app is: one per person (the services change on sign-in). */
export function useOrganiserApi(): OrganiserApi {
  const { auth, signOut } = useServices();
  return useMemo(() => new OrganiserApi({ getToken: () => auth.getToken(), onUnauthorized: signOut }), [auth, signOut]);
}

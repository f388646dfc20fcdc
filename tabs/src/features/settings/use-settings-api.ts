import { useMemo } from 'react';
import { SettingsApi } from '../../api/settings-api';
import { useServices } from '../../shared/hooks/services';

/** The settings area of the one API client, on the same Http. */
export function useSettingsApi() {
  const { api } = useServices();
  return useMemo(() => new SettingsApi(api.http), [api]);
}

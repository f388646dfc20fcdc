import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { useAsync } from '../../shared/hooks/use-async';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** The year wheel's surveys for a school year, and creating (and opening) a round from one. */
export function useWheelRounds(schoolYear: string, onChanged: () => void) {
  const api = useOrganiserApi();
  const proposals = useAsync(() => api.surveySchedule(schoolYear), [api, schoolYear]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { reload } = proposals;

  const create = useCallback(
    async (eventKey: string, open: boolean) => {
      setBusy(true);
      setError(null);
      try {
        await api.createScheduledRound(schoolYear, eventKey, open);
        reload();
        onChanged();
      } catch (e) {
        setError(toApiError(e));
      } finally {
        setBusy(false);
      }
    },
    [api, schoolYear, reload, onChanged],
  );

  return { proposals, busy, error, create, dismiss: () => setError(null) };
}

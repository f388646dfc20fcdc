import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { WheelProblem, YearWheel } from '../../api/organiser-types';
import { useAsync } from '../../shared/hooks/use-async';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** The school year's events with their dates, for the wheel and its list. */
export function useWheelEvents(schoolYear: string, revision = 0) {
  const api = useOrganiserApi();
  return useAsync(() => api.wheelEvents(schoolYear), [api, schoolYear, revision]);
}

/** What is on its way for me: events for my roles, my invitations, my units' documents before their deadline. */
export function useDueForMe(schoolYear: string, revision = 0) {
  const api = useOrganiserApi();
  return useAsync(() => api.dueForMe(schoolYear), [api, schoolYear, revision]);
}

/** The problems the server names when it refuses a wheel (400 YEAR_WHEEL_INVALID). */
export function wheelProblems(error: ApiError | null): WheelProblem[] {
  const problems = (error?.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems)
    ? problems.filter((p): p is WheelProblem => typeof p === 'object' && p !== null && typeof (p as WheelProblem).message === 'string')
    : [];
}

/** The wheel as the organiser keeps it, and saving an edited copy with If-Match. */
export function useYearWheelEditor(onSaved: () => void) {
  const api = useOrganiserApi();
  const stored = useAsync(() => api.yearWheel(), [api]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { reload } = stored;

  const save = useCallback(
    async (wheel: YearWheel, etag: string | undefined): Promise<boolean> => {
      setSaving(true);
      setError(null);
      try {
        await api.saveYearWheel(wheel, etag);
        reload();
        onSaved();
        return true;
      } catch (e) {
        setError(toApiError(e));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [api, reload, onSaved],
  );

  return { stored, saving, error, save, dismiss: () => setError(null), reload };
}

import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { RoundStatus } from '../../api/organiser-types';
import { saveFile } from '../../lib/download';
import { useAsync } from '../../shared/hooks/use-async';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** The school year's TLD rounds, and (for the organiser) creating, opening and closing them. */
export function useSurveyRounds(schoolYear: string) {
  const api = useOrganiserApi();
  const rounds = useAsync(() => api.surveyRounds(schoolYear), [api, schoolYear]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { reload } = rounds;

  const act = useCallback(
    async (run: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await run();
        reload();
        return true;
      } catch (e) {
        setError(toApiError(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  const create = useCallback(
    (input: { period: 'autumn' | 'spring'; opensOn: string; closesOn: string }) =>
      act(() => api.createSurveyRound({ schoolYear, ...input })),
    [act, api, schoolYear],
  );
  const setStatus = useCallback((roundId: string, status: RoundStatus) => act(() => api.setSurveyRoundStatus(roundId, status)), [act, api]);

  return { rounds, error, busy, create, setStatus, dismiss: () => setError(null) };
}

/** The anonymity threshold, so the tab can say when results will show. */
export function useSurveyThreshold() {
  const api = useOrganiserApi();
  const config = useAsync(() => api.surveyConfig(), [api]);
  return config.data?.minAnswers ?? 10;
}

/** A unit's link for a round (none before the round opens), its QR code as an image, and the student count. */
export function useSurveyLink(unitId: string, roundId: string) {
  const api = useOrganiserApi();
  const link = useAsync(() => api.surveyLink(unitId, roundId), [api, unitId, roundId]);
  const [qrUrl, setQrUrl] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const code = link.data?.code;

  // The QR code needs the person's token: fetched as a blob and shown from an object URL.
  useEffect(() => {
    if (!code) return;
    let live = true;
    let url: string | null = null;
    api.surveyQr(unitId, roundId, 'svg').then(
      (f) => {
        if (!live) return;
        url = URL.createObjectURL(f.blob);
        setQrUrl(url);
      },
      (e: unknown) => live && setError(toApiError(e)),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, unitId, roundId, code]);

  const download = useCallback(
    async (kind: 'png' | 'svg') => {
      setError(null);
      try {
        const f = await api.surveyQr(unitId, roundId, kind);
        saveFile(f.blob, f.filename);
      } catch (e) {
        setError(toApiError(e));
      }
    },
    [api, unitId, roundId],
  );

  /** The A4 poster opens in a new tab to print; the tab is opened first so no pop-up blocker stops it. */
  const printPoster = useCallback(async () => {
    setError(null);
    const tab = window.open('', '_blank');
    try {
      const f = await api.surveyQr(unitId, roundId, 'html');
      const url = URL.createObjectURL(new Blob([await f.blob.text()], { type: 'text/html' }));
      if (tab) tab.location.href = url;
      else window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      tab?.close();
      setError(toApiError(e));
    }
  }, [api, unitId, roundId]);

  const reloadLink = link.reload;
  const setStudents = useCallback(
    async (count: number): Promise<ApiError | null> => {
      try {
        await api.setStudentCount(unitId, roundId, count);
        reloadLink();
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [api, unitId, roundId, reloadLink],
  );

  return { link, qrUrl, error, download, printPoster, setStudents, dismiss: () => setError(null) };
}

/** A unit's results per round, with its school form and the organiser's total beside them. */
export function useUnitSurveyResults(unitId: string, revision = 0) {
  const api = useOrganiserApi();
  return useAsync(() => api.unitSurveyResults(unitId), [api, unitId, revision]);
}

/** Every unit's results for one round (organiser), and the CSV export. */
export function useRoundResults(roundId: string | null) {
  const api = useOrganiserApi();
  const results = useAsync(async () => (roundId ? api.roundResults(roundId) : null), [api, roundId]);
  const [error, setError] = useState<ApiError | null>(null);
  const exportCsv = useCallback(async () => {
    if (!roundId) return;
    setError(null);
    try {
      const f = await api.roundResultsCsv(roundId);
      saveFile(f.blob, f.filename);
    } catch (e) {
      setError(toApiError(e));
    }
  }, [api, roundId]);
  return { results, error, exportCsv, dismiss: () => setError(null) };
}

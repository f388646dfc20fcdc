import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { PublishResult } from '../../api/organiser-types';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';
import { useAsync } from '../../shared/hooks/use-async';

/** The published intranet pages, newest first: for everyone signed in, the board among them. */
export function useIntranetPages(revision = 0) {
  const api = useOrganiserApi();
  return useAsync(() => api.intranetPages(), [api, revision]);
}

/** Publishes a final document; the server refuses drafts (422 NOT_PUBLISHABLE) with a Swedish message. */
export function usePublish(publish: () => Promise<PublishResult>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [published, setPublished] = useState<PublishResult | null>(null);
  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setPublished(await publish());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }, [publish]);
  return { busy, error, published, run, dismiss: () => setError(null) };
}

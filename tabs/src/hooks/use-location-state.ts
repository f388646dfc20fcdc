import { useCallback, useEffect, useState } from 'react';

/** The place in the app (unit and school year) lives in the URL, so reloads and deep links land there. */
export interface Place {
  unitId: string | null;
  /** Display form "2026/27", or null for the current year. */
  schoolYear: string | null;
}

function readPlace(): Place {
  const params = new URLSearchParams(window.location.search);
  const year = params.get('year');
  return {
    unitId: params.get('unitId'),
    schoolYear: year && /^\d{4}-\d{2}$/.test(year) ? year.replace('-', '/') : null,
  };
}

export function useLocationState() {
  const [place, setPlace] = useState<Place>(readPlace);

  useEffect(() => {
    const onPop = () => setPlace(readPlace());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: Partial<Place>, mode: 'push' | 'replace' = 'push') => {
    const current = readPlace();
    const merged = { ...current, ...next };
    const url = placeUrl(merged);
    if (url !== window.location.pathname + window.location.search) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setPlace(merged);
  }, []);

  return { place, navigate };
}

/** The URL of a place, keeping other parameters (inTeams, theme). */
export function placeUrl(place: Place): string {
  const params = new URLSearchParams(window.location.search);
  if (place.unitId) params.set('unitId', place.unitId);
  else params.delete('unitId');
  if (place.schoolYear) params.set('year', place.schoolYear.replace('/', '-'));
  else params.delete('year');
  const query = params.toString();
  return window.location.pathname + (query ? `?${query}` : '');
}

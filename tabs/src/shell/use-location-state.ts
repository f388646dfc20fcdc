import { useCallback, useEffect, useState } from 'react';
import type { DocumentKind } from '../api/types';
import { isAppView, type AppView } from './app-nav';
import type { WaitingItem } from '../../../src/contract/me';

/**
 * Which screen: the personal tab ("Mitt kvalitetsarbete"), a channel tab bound to one unit,
 * one of the app's views (Översikt, TLD, Årshjul…), or the app with its unit list (null).
 */
export type View = 'personal' | 'channel' | AppView | null;

/** The place in the app lives in the URL, so reloads and deep links land there. */
export interface Place {
  view: View;
  unitId: string | null;
  /** Display form "2026/27", or null for the current year. */
  schoolYear: string | null;
  /** Which of the unit's documents; null for the plan. */
  doc: DocumentKind | null;
}

function readPlace(): Place {
  const params = new URLSearchParams(window.location.search);
  const year = params.get('year');
  const view = params.get('view');
  const doc = params.get('doc');
  const unitId = params.get('unitId');
  return {
    view: view === 'personal' || view === 'channel' || isAppView(view) ? view : null,
    unitId,
    schoolYear: year && /^\d{4}-\d{2}$/.test(year) ? year.replace('-', '/') : null,
    doc: doc === 'report' || doc === 'plan' ? doc : null,
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
    const merged = { ...readPlace(), ...next };
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
export function placeUrl(place: Partial<Place>): string {
  const params = new URLSearchParams(window.location.search);
  const set = (name: string, value: string | null | undefined) => (value ? params.set(name, value) : params.delete(name));
  if ('view' in place) set('view', place.view);
  if ('unitId' in place) set('unitId', place.unitId);
  if ('schoolYear' in place) set('year', place.schoolYear?.replace('/', '-'));
  if ('doc' in place) set('doc', place.doc === 'report' ? 'report' : null);
  const query = params.toString();
  return window.location.pathname + (query ? `?${query}` : '');
}

/**
 * The URL a newly picked person starts from ("Byt användare"): the previous person's place (view,
 * unit, year, document) is dropped, so the new person lands on their own start view; kept are the
 * host's parameters (inTeams, theme) and the tab's own entry: the personal tab, a channel tab with
 * its unit, a meeting tab whole.
 */
export function startUrl(search = window.location.search): string {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view !== 'meeting') {
    params.delete('year');
    params.delete('doc');
    if (view !== 'channel') params.delete('unitId');
    if (view !== 'personal' && view !== 'channel') params.delete('view');
  }
  const query = params.toString();
  return window.location.pathname + (query ? `?${query}` : '');
}

/** A waiting item's place ("Det här väntar på dig"): the unit's document, or one of the app's views. */
export const placeOf = (t: WaitingItem['target']): Partial<Place> =>
  t.view === 'document'
    ? { view: null, unitId: t.unitId, schoolYear: t.schoolYear, doc: t.doc }
    : { view: t.view, unitId: null, doc: null };

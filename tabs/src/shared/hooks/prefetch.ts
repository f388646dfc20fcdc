import type { ApiClient } from '../../api/client';
import type { PlanDocument, ReportDocument } from '../../api/types';

/**
 * The document a link points at is requested as soon as the URL is read, before the editor's
 * code has loaded and before the person's details have come back; the editor takes the answer.
 */
const pending = new Map<string, { at: number; promise: Promise<PlanDocument | ReportDocument | null> }>();
const FRESH_MS = 10_000;

const keyOf = (kind: 'plan' | 'report', unitId: string, schoolYear: string) => `${kind}|${unitId}|${schoolYear}`;

export function prefetchPlan(api: ApiClient, unitId: string, schoolYear: string): void {
  const key = keyOf('plan', unitId, schoolYear);
  if (pending.has(key)) return;
  const promise = api.plan(unitId, schoolYear);
  promise.catch(() => undefined); // the editor asks again and shows the error there
  pending.set(key, { at: Date.now(), promise });
}

/** The prefetched plan, once; undefined when none is waiting (or it is too old to trust). */
export function takePrefetchedPlan(unitId: string, schoolYear: string): Promise<PlanDocument | null> | undefined {
  const key = keyOf('plan', unitId, schoolYear);
  const entry = pending.get(key);
  pending.delete(key);
  if (!entry || Date.now() - entry.at > FRESH_MS) return undefined;
  return entry.promise as Promise<PlanDocument | null>;
}

/** The plan the page's URL points at (?unitId=…&year=…), if it is one: asked for right away. */
export function prefetchLinkedPlan(api: ApiClient, currentSchoolYear: string): void {
  const params = new URLSearchParams(window.location.search);
  const unitId = params.get('unitId');
  const year = params.get('year');
  const view = params.get('view');
  // Only a unit's document (the app's unit list or a channel tab) opens with its plan.
  if (!unitId || (view !== null && view !== 'channel') || params.get('doc') === 'report') return;
  prefetchPlan(api, unitId, year && /^\d{4}-\d{2}$/.test(year) ? year.replace('-', '/') : currentSchoolYear);
}

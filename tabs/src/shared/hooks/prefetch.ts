import type { ApiClient } from '../../api/client';
import type { PlanDocument, ReportDocument } from '../../api/types';
import { linkedPlan } from '../../early/early-link';
import { takeEarly } from '../../early/early-requests';

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

/**
 * The plan the page's URL points at (?unitId=…&year=…), if it is one: asked for right away, or
 * already asked for by the page's first script (early/early.ts) with the same sign-in.
 */
export function prefetchLinkedPlan(api: ApiClient, currentSchoolYear: string, { earlyIsValid }: { earlyIsValid: boolean }): void {
  const linked = linkedPlan(window.location.search);
  const early = takeEarly('plan');
  if (!linked) return;
  const schoolYear = linked.schoolYear ?? currentSchoolYear;
  const key = keyOf('plan', linked.unitId, schoolYear);
  if (pending.has(key)) return;
  if (earlyIsValid && early && early.unitId === linked.unitId && (early.schoolYear ?? currentSchoolYear) === schoolYear) {
    const promise = api.http.orNull(api.http.adopt<PlanDocument>(early.response), 'PLAN_NOT_STARTED');
    promise.catch(() => undefined);
    pending.set(key, { at: Date.now(), promise });
  } else prefetchPlan(api, linked.unitId, schoolYear);
}

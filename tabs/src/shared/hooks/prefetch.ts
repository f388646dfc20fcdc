import type { ApiClient } from '../../api/client';
import type { PlanDocument } from '../../api/types';
import { linkedPlan } from '../../early/early-link';
import { takeEarly } from '../../early/early-requests';

/**
 * The document a link points at is requested as soon as the URL is read, before the editor's
 * code has loaded and before the person's details have come back; the editor takes the answer,
 * and when it has come already, opens with it in its first render (takeSettledPlan).
 */
interface Prefetch {
  at: number;
  promise: Promise<PlanDocument | null>;
  /** Set once the answer is in (null: not started); an error leaves it unset, for the editor to ask again. */
  settled?: { doc: PlanDocument | null };
}
const pending = new Map<string, Prefetch>();
const FRESH_MS = 10_000;

const keyOf = (kind: 'plan' | 'report', unitId: string, schoolYear: string) => `${kind}|${unitId}|${schoolYear}`;

function remember(key: string, promise: Promise<PlanDocument | null>) {
  const entry: Prefetch = { at: Date.now(), promise };
  // the editor asks again and shows the error there
  promise.then(
    (doc) => (entry.settled = { doc }),
    () => undefined,
  );
  pending.set(key, entry);
}

/** Drops what was asked for with the previous person's sign-in (a demo user switch). */
export function forgetPrefetched(): void {
  pending.clear();
}

export function prefetchPlan(api: ApiClient, unitId: string, schoolYear: string): void {
  const key = keyOf('plan', unitId, schoolYear);
  if (!pending.has(key)) remember(key, api.plan(unitId, schoolYear));
}

function take(unitId: string, schoolYear: string, settledOnly: boolean): Prefetch | undefined {
  const key = keyOf('plan', unitId, schoolYear);
  const entry = pending.get(key);
  if (!entry || (settledOnly && !entry.settled)) return undefined;
  pending.delete(key);
  return Date.now() - entry.at > FRESH_MS ? undefined : entry;
}

/** The prefetched plan, once; undefined when none is waiting (or it is too old to trust). */
export function takePrefetchedPlan(unitId: string, schoolYear: string): Promise<PlanDocument | null> | undefined {
  return take(unitId, schoolYear, false)?.promise;
}

/** The prefetched plan if its answer is in already, once: the editor then opens without waiting. */
export function takeSettledPlan(unitId: string, schoolYear: string): { doc: PlanDocument | null } | undefined {
  return take(unitId, schoolYear, true)?.settled;
}

/**
 * The plan the page's URL points at (?unitId=…&year=…), if it is one: asked for right away, or
 * already asked for by the page's first script (early/early.ts) with the same sign-in. Resolves
 * when its answer is in (or failed), at once when the link is not to a plan.
 */
export function prefetchLinkedPlan(
  api: ApiClient,
  currentSchoolYear: string,
  { earlyIsValid }: { earlyIsValid: boolean },
): Promise<unknown> {
  const linked = linkedPlan(window.location.search);
  const early = takeEarly('plan');
  if (!linked) return Promise.resolve();
  const schoolYear = linked.schoolYear ?? currentSchoolYear;
  const key = keyOf('plan', linked.unitId, schoolYear);
  if (!pending.has(key)) {
    if (earlyIsValid && early && early.unitId === linked.unitId && (early.schoolYear ?? currentSchoolYear) === schoolYear)
      remember(key, api.http.orNull(api.http.adopt<PlanDocument>(early.response), 'PLAN_NOT_STARTED'));
    else prefetchPlan(api, linked.unitId, schoolYear);
  }
  return pending.get(key)!.promise.catch(() => undefined);
}

import type { FollowUp } from '../api/types';

/** The latest follow-up: by date, and the one added last on the same day. */
export function latestFollowUp(followUps: readonly FollowUp[]): FollowUp | undefined {
  return followUps.reduce<FollowUp | undefined>((latest, f) => (!latest || f.date >= latest.date ? f : latest), undefined);
}

/** Newest first, for reading. */
export function newestFirst(followUps: readonly FollowUp[]): FollowUp[] {
  return followUps
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.date.localeCompare(a.f.date) || b.i - a.i)
    .map((x) => x.f);
}

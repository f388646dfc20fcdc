import type { HiddenReason } from './survey-results';

/** A smallest published group (a unit): its answers, and why it is hidden on its own, if it is. */
export interface SuppressionLeaf {
  key: string;
  answers: number;
  ownReason?: HiddenReason;
}

/** A published total over leaves (a school form, the whole organiser). Groups nest or are disjoint. */
export interface SuppressionGroup {
  key: string;
  leaves: string[];
}

export interface SuppressionDecision {
  leaves: Map<string, HiddenReason | undefined>;
  groups: Map<string, HiddenReason | undefined>;
}

/**
 * Complementary suppression over every published figure at once. For each shown total, what it
 * adds beyond the shown figures inside it (total − shown school forms − shown units) is itself
 * a figure anyone can work out, so it must be safe too: empty, or at least `minAnswers` answers,
 * and never mostly one unit hidden for its response rate (that unit must be blended with at
 * least `minAnswers` other answers). Until that holds, the smallest shown figure inside the
 * total is hidden as well, or, when nothing inside is shown, the total itself.
 */
export function suppressPublished(leaves: SuppressionLeaf[], groups: SuppressionGroup[], minAnswers: number): SuppressionDecision {
  const leafOf = new Map(leaves.map((l) => [l.key, l]));
  const leafReason = new Map<string, HiddenReason | undefined>(
    leaves.map((l) => [l.key, l.ownReason ?? (l.answers < minAnswers ? 'fewAnswers' : undefined)]),
  );
  const sum = (keys: Iterable<string>) => [...keys].reduce((s, k) => s + (leafOf.get(k)?.answers ?? 0), 0);
  const sets = new Map(groups.map((g) => [g.key, new Set(g.leaves)]));
  const groupReason = new Map<string, HiddenReason | undefined>(
    groups.map((g) => [g.key, sum(g.leaves) < minAnswers ? 'fewAnswers' : undefined]),
  );
  const inside = (inner: Set<string>, outer: Set<string>) => inner.size < outer.size && [...inner].every((k) => outer.has(k));

  const unsafe = (residual: string[]) => {
    const total = sum(residual);
    if (total === 0) return false;
    if (total < minAnswers) return true;
    return residual.some((k) => leafOf.get(k)?.ownReason === 'lowResponseRate' && total - leafOf.get(k)!.answers < minAnswers);
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const g of groups) {
      if (groupReason.get(g.key)) continue;
      const own = sets.get(g.key)!;
      // The shown figures directly inside g: shown subtotals not inside another shown subtotal, and shown units outside those.
      const shownSub = groups.filter((h) => !groupReason.get(h.key) && inside(sets.get(h.key)!, own));
      const maximal = shownSub.filter((h) => !shownSub.some((o) => o !== h && inside(sets.get(h.key)!, sets.get(o.key)!)));
      const covered = new Set(maximal.flatMap((h) => [...sets.get(h.key)!]));
      const shownLeaves = g.leaves.filter((k) => !covered.has(k) && !leafReason.get(k));
      for (const k of shownLeaves) covered.add(k);
      const residual = g.leaves.filter((k) => !covered.has(k));
      if (!unsafe(residual)) continue;
      const cover = [
        ...maximal.map((h) => ({ kind: 'group' as const, key: h.key, answers: sum(h.leaves) })),
        ...shownLeaves.map((k) => ({ kind: 'leaf' as const, key: k, answers: leafOf.get(k)!.answers })),
      ].sort((a, b) => a.answers - b.answers || a.key.localeCompare(b.key));
      const smallest = cover[0];
      if (!smallest) groupReason.set(g.key, 'protectsOthers');
      else if (smallest.kind === 'group') groupReason.set(smallest.key, 'protectsOthers');
      else leafReason.set(smallest.key, 'protectsOthers');
      changed = true;
      break;
    }
  }
  return { leaves: leafReason, groups: groupReason };
}

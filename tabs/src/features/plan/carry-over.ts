import type { CarryOverCandidates, CatalogueEntry, PlanRules } from '../../api/types';

/**
 * The goal areas a carry-over would give the new plan, as the server forms them: the required
 * ones, then those of the chosen commitments and needs (a need without a known goal area goes
 * under the first required one). Used to warn before the maximum refuses the start.
 */
export function goalAreasAfterCarryOver(
  candidates: CarryOverCandidates,
  rules: PlanRules,
  catalogue: CatalogueEntry[],
  chosen: { commitmentIds: string[]; developmentNeedIndexes: number[] },
): CatalogueEntry[] {
  const labelOf = (key: string) => catalogue.find((c) => c.key === key)?.label ?? key;
  const keys = [...rules.requiredGoalAreas];
  const fallback = rules.requiredGoalAreas[0] ?? catalogue[0]?.key;
  const add = (key: string | undefined) => {
    const known = key && catalogue.some((c) => c.key === key) ? key : fallback;
    if (known && !keys.includes(known)) keys.push(known);
  };
  for (const c of candidates.commitments) if (chosen.commitmentIds.includes(c.id)) add(c.goalAreaKey);
  for (const n of candidates.developmentNeeds) if (chosen.developmentNeedIndexes.includes(n.index)) add(n.goalAreaKey);
  return keys.map((key) => ({ key, label: labelOf(key) }));
}

/** A proposal's groups, each meeting for 90 minutes from `start` (the store-call tests' rounds). */
export function groupsMeetingAt(groups: { name: string; unitIds: string[]; staffIds: string[] }[], start: Date, place?: string) {
  return groups.map((g) => ({
    name: g.name,
    unitIds: g.unitIds,
    staffIds: g.staffIds,
    start: start.toISOString(),
    end: new Date(start.getTime() + 90 * 60_000).toISOString(),
    ...(place ? { place } : {}),
  }));
}

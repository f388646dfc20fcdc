/**
 * The overview's headline in words: how many units, how many have not started their plan (the
 * preset names it), and how many have let their follow-ups go stale. Plain, so a unit test reads it.
 */
export function overviewHeadline(o: {
  units: number;
  formLabel?: string;
  withoutPlan: number;
  stale: number;
  staleDays: number;
  planLabel: string;
}): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [`${plural(o.units, 'enhet', 'enheter')}${o.formLabel ? ` i ${o.formLabel.toLowerCase()}` : ''}.`];
  if (o.withoutPlan > 0) parts.push(`${plural(o.withoutPlan, 'enhet saknar', 'enheter saknar')} ${o.planLabel.toLowerCase()}.`);
  parts.push(
    o.stale > 0
      ? `${plural(o.stale, 'enhet har', 'enheter har')} inte följt upp sina åtaganden på mer än ${o.staleDays} dagar (markerat).`
      : `Alla enheter med åtaganden har följt upp dem de senaste ${o.staleDays} dagarna.`,
  );
  return parts.join(' ');
}

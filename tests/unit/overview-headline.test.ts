/** The overview's headline counts units with no plan (before, they were hidden) and names the plan by the preset. */
import { overviewHeadline } from '../../tabs/src/features/overview/overview-headline';

const base = { units: 13, withoutPlan: 0, stale: 0, staleDays: 45, planLabel: 'Åtagandeplan' };

it('says how many units have no plan, in the preset’s word', () => {
  expect(overviewHeadline({ ...base, withoutPlan: 2 })).toBe(
    '13 enheter. 2 enheter saknar åtagandeplan. Alla enheter med åtaganden har följt upp dem de senaste 45 dagarna.',
  );
  expect(overviewHeadline({ ...base, withoutPlan: 1, planLabel: 'Verksamhetsplan', stale: 1, formLabel: 'Förskola', units: 4 })).toBe(
    '4 enheter i förskola. 1 enhet saknar verksamhetsplan. 1 enhet har inte följt upp sina åtaganden på mer än 45 dagar (markerat).',
  );
});

it('says nothing about plans when every unit has one', () => {
  expect(overviewHeadline(base)).not.toMatch(/saknar/);
});

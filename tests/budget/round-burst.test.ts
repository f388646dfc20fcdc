/**
 * A burst within the SharePoint budget: on the Graph fake (RU costed by Microsoft's table through
 * the app's own meter) and a virtual clock shared by the meter and the background loops, the
 * organiser sends a process-dialogue round for 30 units (principals, three staff each, the
 * organiser) while a TLD class answers. The request records the decision in a few writes; the
 * leader's drain does each group's invitations and cards, paced by BudgetPacer. Shown: no minute
 * of the clock spends more than half of SKA_GRAPH_RU_PER_MINUTE, and every card arrives once.
 */
import { queryAll } from '../../src/app/ports/list-store';
import { demoAnswers } from '../../src/app/seed/demo-answers';
import { openBudgetBed, RU_PER_MINUTE, type BudgetBed } from './budget-bed';

const UNITS = 30;

let bed: BudgetBed;
beforeAll(async () => {
  bed = await openBudgetBed();
});
afterAll(() => bed.close());

it('sends a 30-unit round with a TLD class answering, no minute above half the budget, every card once', async () => {
  const { app, s, store, timer, byMinute, meter, request, municipality, organiser } = await bed.start(UNITS);
  const connector = bed.connector;
  const proposal = await s.dialogues.propose(organiser, 'process', '2026/27');
  const round = await s.dialogues.create(organiser, {
    kind: 'process',
    schoolYear: '2026/27',
    groups: proposal.groups.map((g, i) => ({
      name: g.name,
      unitIds: g.unitIds,
      staffIds: g.staffIds,
      start: `2026-12-${String(1 + i).padStart(2, '0')}T09:00:00+01:00`,
      end: `2026-12-${String(1 + i).padStart(2, '0')}T11:00:00+01:00`,
      place: 'Stadshuset',
    })),
  });
  const tld = await s.surveys.createRound(organiser, {
    schoolYear: '2026/27',
    period: 'autumn',
    opensOn: '2026-11-23',
    closesOn: '2026-12-18',
  });
  await s.surveys.setStatus(organiser, tld.id, 'open');
  // On SharePoint the round's links are the leader's background work (survey-opening.ts).
  while ((await s.surveys.links(tld.id)).length < UNITS) await timer.advance(10_000);
  const [link] = await s.surveys.links(tld.id);
  await timer.advance(60_000);

  meter.counting = true;
  const start = timer.now();
  const summary = await request.run(true, () => s.dialogues.sendInvitations(organiser, round.id));
  // A class of 25 answers in the same minutes (the form on their phones).
  const set = municipality.schoolFormOf.get(link.unitId) === 'preschool' ? 'preschool' : 'school';
  const answered = demoAnswers(set, 25, { round: 0, unitSalt: link.unitId }).map((answers, i) =>
    s.surveys.submit(link.code, { answers, deviceToken: `class-${i}` }),
  );
  const roundItems = () => queryAll(store, 'outbox', { source: `round:${round.id}` });
  let delivered = 0;
  const countDelivered = async () => {
    const ids = new Set((await roundItems()).map((i) => i.id));
    delivered = [...connector.stats.deliveries.keys()].filter((id) => ids.has(id)).length;
  };
  // Virtual time runs on (the pacer's waits pass) until every card is delivered.
  while (delivered < summary.invitations && timer.now() - start < 4 * 3600_000) {
    await timer.advance(10_000);
    await countDelivered();
  }
  await Promise.all(answered);
  meter.counting = false;

  const minutes = [...byMinute.values()];
  const busiest = Math.max(...minutes);
  const total = minutes.reduce((a, b) => a + b, 0);
  console.log(
    `round of ${summary.invitations} invitations (${proposal.groups.length} groups) + 25 TLD answers: the request ${meter.requestRu} RU; ` +
      `${total} RU over ${Math.ceil((timer.now() - start) / 60_000)} virtual minutes, busiest minute ${busiest} RU of ${RU_PER_MINUTE}; ` +
      `work items done ${app.sender.stats.performed}, cards sent ${app.sender.stats.sent}`,
  );
  expect(summary.invitations).toBeGreaterThanOrEqual(UNITS * 4); // a principal and three staff a unit, and the organiser
  expect(summary.queued).toBe(summary.invitations);
  expect(meter.requestRu).toBeLessThanOrEqual(40); // the decision in a few writes, not the round's work
  expect(busiest).toBeLessThanOrEqual(RU_PER_MINUTE / 2);
  expect(byMinute.size).toBeGreaterThan(2); // the work was spread, not done in one minute
  // Every invitation once, its card delivered once.
  const invitations = (await queryAll(store, 'dialogueInvitations', { roundId: round.id })).map(
    (i) => `${i.fields.groupId}:${i.fields.personId}`,
  );
  expect(new Set(invitations).size).toBe(invitations.length);
  expect(invitations).toHaveLength(summary.invitations);
  const items = await roundItems();
  expect(items).toHaveLength(summary.invitations);
  expect(items.every((i) => i.fields.state === 'sent')).toBe(true);
  for (const i of items) expect(connector.stats.deliveries.get(i.id)).toBe(1);
  expect(app.surveyWriter.stats.answers).toBe(25);
}, 240_000);

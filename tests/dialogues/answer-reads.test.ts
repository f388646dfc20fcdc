/**
 * Answering an invitation reads what it needs once (issue 15 item 5): the invitation, the round
 * and its groups are read before the answer is written, and the answer's view is built from those
 * and from what the update answered, not read again; every unit's principals come with only the
 * three fields they are made of (the memberships list holds every staff member too).
 */
import { groupsMeetingAt } from '../support/dialogue-groups';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMunicipality } from '../../bench/year/municipality';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { queryAll, type ListQuery } from '../../src/app/ports/list-store';
import { swedishToInstant } from '../../src/domain/swedish-time';
import { MeteredStore } from '../support/metered-store';

const quiet = { info: () => undefined, error: (m: string, d?: unknown) => console.error(m, d) };
const dir = mkdtempSync(join(tmpdir(), 'ska-answer-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads the invitation and the round once, and the memberships by three fields', async () => {
  const store = new MeteredStore(new SqliteListStore(join(dir, 'store.db')));
  const clock = new FixedClock(swedishToInstant('2026-08-17', '09:00'));
  const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_DATA_DIR: dir, SKA_SEED_DEMO: 'false', SKA_CHECK_RESPONSES: 'false' });
  const app = await composeApp(config, { clock, store, log: quiet, background: { scheduler: false, sender: false } });
  try {
    const m = await writeMunicipality(store, 4, 'http://127.0.0.1:9');
    const s = app.services;
    const actorOf = async (id: string) => s.directory.actorFor((await s.directory.person(id))!);
    const organiser = await actorOf(m.organiserIds[0]);
    const proposal = await s.dialogues.propose(organiser, 'conditions', '2026/27');
    const start = swedishToInstant('2026-09-10', '09:00');
    const round = await s.dialogues.create(organiser, {
      kind: 'conditions',
      schoolYear: '2026/27',
      groups: groupsMeetingAt(proposal.groups, start, 'Stadshuset'),
    });
    await s.dialogues.sendInvitations(organiser, round.id);
    const [invitation] = (await queryAll(store, 'dialogueInvitations', { roundId: round.id })).filter((i) => i.fields.role === 'principal');
    const invitee = await actorOf(String(invitation.fields.personId));

    const queries: { list: string; query?: ListQuery }[] = [];
    const query = store.query.bind(store);
    store.query = (list, q) => (queries.push({ list, query: q }), query(list, q));
    store.reset();
    const view = await s.dialogues.answer(invitee, invitation.id, 'accepted');
    const calls = (key: string) => store.byOperation.get(key)?.calls ?? 0;

    expect(view).toMatchObject({ invitationId: invitation.id, answer: 'accepted' });
    expect(view.participants.length).toBeGreaterThan(0);
    expect({ invitationReads: calls('dialogueInvitations.get'), roundReads: calls('dialogueRounds.get') }).toEqual({
      invitationReads: 1,
      roundReads: 1,
    });
    expect(calls('dialogueGroups.query')).toBe(1);
    const memberships = queries.filter((q) => q.list === 'memberships' && !q.query?.where);
    expect(memberships.length).toBeGreaterThan(0);
    for (const q of memberships) expect(q.query?.select?.slice().sort()).toEqual(['personId', 'role', 'unitId']);
  } finally {
    await app.close();
  }
}, 60_000);

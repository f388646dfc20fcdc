/**
 * SKA_CALENDAR=graph, as compose.ts wires it: sending a round's invitations creates one Outlook
 * event with a Teams meeting per group in the organiser mailbox, through the Graph pipeline
 * (counted by the RU meter); a POST whose answer is lost is sent again and, by its transactionId,
 * still makes one event. Without SKA_CALENDAR the calendar stays the .ics file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FakeGraphServer } from './fake-graph-server';

let fake: FakeGraphServer;
const dirs: string[] = [];
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const quiet = { info: () => undefined, error: () => undefined };
async function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-outlook-'));
  dirs.push(dataDir);
  const config = parseConfig({ SKA_STAGE: 'test', SKA_DATA_DIR: dataDir, ...env });
  return composeApp(config, {
    clock: new FixedClock(new Date('2026-09-01T08:00:00+02:00')),
    log: quiet,
    graph: { authProvider: new StaticTokenAuthProvider('app-token'), hostRewrite: fake.url },
    background: { sender: false, scheduler: false },
  });
}

async function sendRound(app: Awaited<ReturnType<typeof start>>) {
  const { directory, dialogues } = app.services;
  const erik = await directory.actorFor((await directory.personByEmail('erik.lund@sjovik.example'))!);
  const proposal = await dialogues.propose(erik, 'conditions', '2026/27');
  const preschool = proposal.groups.find((g) => g.schoolForm === 'preschool')!;
  const round = await dialogues.create(erik, {
    kind: 'conditions',
    schoolYear: '2026/27',
    organiserRepIds: [erik.userId],
    groups: [
      {
        name: preschool.name,
        unitIds: preschool.unitIds,
        start: '2026-09-15T09:00:00+02:00',
        end: '2026-09-15T11:00:00+02:00',
        place: 'Stadshuset, sal 3',
      },
    ],
  } as Parameters<typeof dialogues.create>[1]);
  await dialogues.sendInvitations(erik, round.id);
  return dialogues.get(erik, round.id);
}

it('creates one Outlook event with a Teams meeting per group, once, even when the first answer is lost', async () => {
  const app = await start({
    SKA_CALENDAR: 'graph',
    SKA_CALENDAR_ORGANISER: 'dialoger@sjovik.example',
    AZURE_TENANT_ID: 't',
    AZURE_CLIENT_ID: 'c',
    AZURE_CLIENT_CERTIFICATE_PATH: '/not/read',
  });
  try {
    fake.faults.push({ kind: 'dropAfterAnswer', match: (r) => r.path.endsWith('/events') });
    const round = await sendRound(app);
    const events = fake.events.get('dialoger@sjovik.example') ?? [];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: 'Förutsättningsdialog: Förskola',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: `dialogue-${round.id}-${round.groups[0].id}`,
    });
    expect(fake.stats.log.filter((r) => r.path.endsWith('/events'))).toHaveLength(2); // the lost answer, then the repeat
    expect(round.groups[0].meetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(app.services.graphBudget!.requests(60_000)).toBe(2);
    expect(app.services.graphBudget!.spent(60_000)).toBe(0); // Outlook, not SharePoint: no RU
  } finally {
    await app.close();
  }
});

it('keeps the .ics path when no calendar is configured', async () => {
  const app = await start({});
  try {
    fake.events.clear();
    const round = await sendRound(app);
    expect(fake.events.size).toBe(0);
    expect(round.groups[0].meetingUrl).toBe('');
  } finally {
    await app.close();
  }
});

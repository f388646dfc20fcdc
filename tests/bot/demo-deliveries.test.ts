/**
 * A correct first start logs no error: the demo seed's conversation references (a closed local
 * port) are answered by the in-process demo connector, which keeps the cards the bot "sent"; a real
 * connector that cannot be reached gives one warn line with the reason, no stack, and the outbox
 * is told the send failed (botbuilder's onTurnError would otherwise swallow it as a success).
 */
import { createServer, type AddressInfo } from 'node:net';
import { createBotEndpoint } from '../../bot/bot-endpoint';
import type { BotDeps } from '../../bot/bot-deps';
import { BotFrameworkNotifier } from '../../bot/bot-framework-notifier';
import { DEMO_SERVICE_URL } from '../../src/app/seed/demo-year';
import type { OutboundMessage } from '../../src/app/outbox/messages';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

type Line = { level: string; message: string; data?: Record<string, unknown> };
const capture = (lines: Line[]) => ({
  info: (message: string, data?: Record<string, unknown>) => lines.push({ level: 'info', message, data }),
  warn: (message: string, data?: Record<string, unknown>) => lines.push({ level: 'warn', message, data }),
  error: (message: string, data?: Record<string, unknown>) => lines.push({ level: 'error', message, data }),
});

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the demo year on a first start', () => {
  const lines: Line[] = [];
  let app: TestApp;
  beforeAll(async () => {
    // As npm start ran it on 3 December: the year wheel ticks (the test stage leaves it off) and the
    // month's check-ins go out to the demo principals right after start.
    app = await startTestApp(
      { SKA_SEED_DEMO: 'year' },
      { log: capture(lines), clock: new FixedClock(new Date('2026-12-03T09:00:00+01:00')), background: { scheduler: true } },
    );
  });
  afterAll(() => app?.close());

  it('delivers to the demo people in-process: no error, the outbox marks them sent, the cards are kept', async () => {
    // What the start's first tick queues goes out through the demo connector.
    await until(() => app.demoConnector.delivered.length > 0, 'a delivery to a demo person');
    const delivered = app.demoConnector.delivered;
    const kinds = new Set<string>();
    await until(
      async () => (await Promise.all(delivered.map((d) => app.services.outbox.get(d.outboxId)))).every((i) => i?.state === 'sent'),
      'the outbox to record the deliveries',
    );
    for (const d of delivered) {
      const item = await app.services.outbox.get(d.outboxId);
      expect([item?.state, item?.activityId, item?.attempts]).toEqual(['sent', d.activityId, 1]);
      kinds.add(d.kind);
      expect(d.to).toMatch(/\S/);
      // The card the bot would have posted, with its outbox marker.
      const card = (d.activity as { attachments: { contentType: string; content: { id: string } }[] }).attachments[0];
      expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(card.content.id).toBe(`ska-outbox-${d.outboxId}`);
    }
    expect(kinds).toContain('checkIn');
    // And at a local URL, for a look at the cards the demo people got.
    const listed = (await (await fetch(`${app.baseUrl}/dev/demo-connector`)).json()) as { outboxId: string; activity: unknown }[];
    expect(listed.map((d) => d.outboxId)).toEqual(delivered.map((d) => d.outboxId));
    expect(listed[0].activity).toEqual(delivered[0].activity);
    expect(lines.filter((l) => l.level !== 'info')).toEqual([]);
  });
});

describe('a real connector that cannot be reached', () => {
  let closedPort: number;
  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  it('fails the send with its reason and logs one warn line, no stack, even through the endpoint adapter', async () => {
    const lines: Line[] = [];
    const log = capture(lines);
    // The endpoint's adapter, with its onTurnError, as compose.ts hands it to the notifier.
    const { adapter } = createBotEndpoint({ appId: '', password: '', tenantId: '', type: 'MultiTenant' }, { log } as unknown as BotDeps);
    const notifier = new BotFrameworkNotifier(adapter, '', log);
    const reference = {
      channelId: 'msteams',
      serviceUrl: `http://127.0.0.1:${closedPort}/`,
      conversation: { id: 'a:unreachable', conversationType: 'personal', tenantId: 't' },
      user: { id: '29:unreachable', aadObjectId: '00000000-0000-0000-0000-000000000001' },
      bot: { id: '28:ska', name: 'SKA i Teams' },
    };
    const message = { kind: 'notice', view: { title: 'Prov', text: 'Ett prov.' } } as unknown as OutboundMessage;
    const first = await notifier.send(reference, message, { outboxId: 'o1' });
    const second = await notifier.send(reference, message, { outboxId: 'o2' });
    for (const outcome of [first, second]) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.failure.status).toBeUndefined();
        expect(outcome.failure.message).toMatch(/ECONNREFUSED/);
      }
    }
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    const warns = lines.filter((l) => l.level === 'warn');
    expect(warns).toHaveLength(1);
    expect(warns[0].message).toBe('bot connector unreachable: the outbox retries');
    expect(warns[0].data).toEqual({ serviceUrl: reference.serviceUrl, reason: expect.stringMatching(/ECONNREFUSED/), outboxId: 'o1' });
    expect(JSON.stringify(warns[0])).not.toMatch(/\n\s+at /);
  });

  it('is not mistaken for the demo connector', () => {
    expect(DEMO_SERVICE_URL).toBe('http://127.0.0.1:9/demo-connector/');
  });
});

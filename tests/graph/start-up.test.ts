/**
 * SKA_STORE=graph at start-up: the app reads lists, columns and the schema version in one round
 * and refuses to start (Swedish + English, naming what is missing and the command that fixes it)
 * without writing anything; only provisioning creates or alters, and it upgrades a site of the
 * previous schema idempotently. Also the RU figures: start-up, an opened plan, a survey answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphBudget } from '../../src/adapters/graph/graph-budget';
import { KEY_COLUMN } from '../../src/adapters/graph/column-names';
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { provisionLists } from '../../src/adapters/graph/list-provisioner';
import { SCHEMA_VERSION } from '../../src/adapters/graph/schema-upgrades';
import { SiteNotReadyError } from '../../src/adapters/graph/site-check';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { LIST_SCHEMA, type ListSchema } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let dataDir: string;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  dataDir = mkdtempSync(join(tmpdir(), 'ska-start-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const quiet = { info: () => undefined, error: () => undefined };
const clock = new FixedClock(new Date('2026-11-23T10:00:00+01:00'));
const config = (seed = false) => parseConfig({ SKA_STAGE: 'test', SKA_DATA_DIR: dataDir, SKA_SEED_DEMO: String(seed) });
const writes = () => fake.stats.log.filter((r) => (r.inBatch ? r.method !== 'GET' : r.method !== 'GET' && r.path !== '/v1.0/$batch'));
const lists = Object.values(LIST_SCHEMA as ListSchema);

it('refuses to start on a site that is not provisioned, says what is missing and how to fix it, and writes nothing', async () => {
  const store = openGraphStore(fake);
  fake.resetStats();
  const error = await composeApp(config(), { store, clock, log: quiet }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SiteNotReadyError);
  const message = (error as Error).message;
  expect(message).toContain('SharePoint-webbplatsen saknar det appen behöver: listan "SKA Inställningar"');
  expect(message).toContain('The SharePoint site lacks what the app needs: the list "SKA Inställningar"');
  expect(message).toContain('npm run provision:sharepoint');
  expect(writes()).toEqual([]);
  // One round: every list (and the version) read in $batch requests sent together.
  expect(fake.stats.http).toBe(Math.ceil((lists.length + 1) / 20));
});

it('names a missing column, index and an old schema version', async () => {
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).ensureLists(LIST_SCHEMA);
  const people = fake.site(siteId).listByTitle('SKA Personer')!;
  people.columns.splice(
    people.columns.findIndex((c) => c.name === 'skaEmail'),
    1,
  );
  people.column('skaAadObjectId')!.indexed = false;
  const error = await openGraphStore(fake, { siteId })
    .verify(LIST_SCHEMA)
    .catch((e: unknown) => e);
  expect((error as SiteNotReadyError).problems.map((p) => p.en)).toEqual([
    'the column skaEmail in "SKA Personer"',
    'the index on skaAadObjectId in "SKA Personer"',
  ]);
});

it('upgrades a site of the previous schema (no version, a list and a column missing, the key column visible), idempotently', async () => {
  const siteId = fake.createSite();
  const previous: ListSchema = Object.fromEntries(Object.entries(LIST_SCHEMA as ListSchema).filter(([name]) => name !== 'outbox'));
  previous.people = {
    ...previous.people,
    columns: Object.fromEntries(Object.entries(previous.people.columns).filter(([f]) => f !== 'aadObjectId')),
  };
  const old = openGraphStore(fake, { siteId });
  await provisionLists(
    old.http,
    `https://graph.microsoft.com/v1.0/sites/${siteId}`,
    previous,
    async () => undefined,
    () => undefined,
  );
  fake.site(siteId).listByTitle('SKA Enheter')!.column(KEY_COLUMN)!.hidden = false;

  const before = await openGraphStore(fake, { siteId })
    .verify(LIST_SCHEMA)
    .catch((e: SiteNotReadyError) => e.problems.map((p) => p.sv));
  expect(before).toEqual([
    'kolumnen skaAadObjectId i "SKA Personer"',
    'listan "SKA Utkorg"',
    `schemaversion ${SCHEMA_VERSION} (webbplatsen har ingen)`,
  ]);

  const store = openGraphStore(fake, { siteId });
  const report = await store.provision(LIST_SCHEMA);
  expect(report.changes.map((c) => `${c.kind} ${c.list}${c.column ? ` ${c.column}` : ''}`)).toEqual(
    expect.arrayContaining([
      'list SKA Utkorg',
      'list SKA Schemaversion',
      'column SKA Personer skaAadObjectId',
      `upgrade ${fake.site(siteId).listByTitle('SKA Enheter')!.id} ${KEY_COLUMN}`,
    ]),
  );
  expect(fake.site(siteId).listByTitle('SKA Enheter')!.column(KEY_COLUMN)!.hidden).toBe(true);
  await expect(openGraphStore(fake, { siteId }).verify(LIST_SCHEMA)).resolves.toBeUndefined();
  expect((await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA)).changes).toEqual([]);
});

describe('figures on a provisioned site with the demo municipality', () => {
  let store: GraphListStore;
  let budget: GraphBudget;
  let app: Awaited<ReturnType<typeof composeApp>>;
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    const siteId = fake.createSite();
    await openGraphStore(fake, { siteId }).ensureLists(LIST_SCHEMA);
    const seeder = await composeApp(config(true), {
      store: openGraphStore(fake, { siteId }),
      clock,
      log: quiet,
      background: { sender: false, scheduler: false },
    });
    await seeder.close();
    budget = new GraphBudget(1200);
    store = openGraphStore(fake, { siteId, budget });
    fake.resetStats();
    app = await composeApp(config(), { store, clock, log: quiet, background: { sender: false, scheduler: false } });
    figures.startRequests = fake.stats.http;
    figures.startRu = budget.spent(60_000);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    console.log(`Graph figures: ${JSON.stringify(figures)}`);
  });

  it('starts with one round of reads for the check, and two small queries after it', () => {
    // The check: every list read with its columns (2 RU each, counted as a query) and the version
    // query, in $batch of 20. After it: the look for answers still stored one per item (the packing
    // migration) and the demo seed's look for units — one query each.
    expect(figures.startRequests).toBe(Math.ceil((lists.length + 1) / 20) + 2);
    expect(figures.startRu).toBe(2 * (lists.length + 1) + 2 * 2);
  });

  it('costs RU per opened plan and per survey answer as counted by the fake', async () => {
    const { directory, plans } = app.services;
    const actor = await directory.actorFor((await directory.personByEmail('anna.berg@sjovik.example'))!);
    const unitId = actor.memberships[0].unitId;
    if (!(await plans.get(actor, unitId, '2026/27'))) await plans.start(actor, unitId, '2026/27');
    const before = budget.spent(60_000);
    fake.resetStats();
    expect(await plans.get(actor, unitId, '2026/27')).toBeDefined();
    figures.ruPerOpenedPlan = budget.spent(60_000) - before;
    figures.requestsPerOpenedPlan = fake.stats.http;
    // The documented table applied to what the fake saw: 1 RU an item read by id, 2 RU a query.
    const costs = fake.stats.log
      .filter((r) => r.path !== '/v1.0/$batch')
      .map((r) => (r.method === 'GET' && /\/items\/\d+$/.test(r.path) ? 1 : 2));
    expect(figures.ruPerOpenedPlan).toBe(costs.reduce((a, b) => a + b, 0));

    const answers = 200;
    const beforeAnswers = budget.spent(60_000);
    await Promise.all(
      Array.from({ length: answers }, () =>
        app.surveyWriter.write({
          roundId: 'r1',
          unitId,
          schoolForm: 'compulsoryF6',
          gradeBand: '',
          answers: { t1: 1, t2: 2, l1: 3 },
          day: '2026-11-23',
        }),
      ),
    );
    figures.ruPerSurveyAnswer = (budget.spent(60_000) - beforeAnswers) / answers;
    // Answers are stored in shuffled packs (survey-writer.ts): a create step (2 RU) carries many answers.
    expect(figures.ruPerSurveyAnswer).toBeLessThanOrEqual(0.2);
  });

  it('shows RU spent against the budget at GET /api/admin/health (admin only)', async () => {
    expect(app.services.graphBudget).toBe(budget);
    const health = app.routes.find((r) => r.path === '/api/admin/health')!;
    expect(health.policy).toEqual({ kind: 'appRole', roles: ['admin'] });
    expect(budget.snapshot()).toMatchObject({
      ruPerMinuteBudget: 1200,
      ruLastMinute: budget.spent(60_000),
      ruLastDay: budget.spent(86_400_000),
    });
    expect(budget.pressure()).toBeCloseTo(budget.spent(60_000) / 1200);
  });
});

it('says which grant is missing when the site refuses the app (403 on the start-up round)', async () => {
  const { SiteAccessError } = await import('../../src/adapters/graph/site-check');
  // Graph answers 403 accessDenied to an app without a grant on the site.
  const denied = openGraphStore(fake, {
    siteId: 'contoso.sharepoint.com,denied,denied',
    fetchOverride: async () =>
      new Response(JSON.stringify({ error: { code: 'accessDenied', message: 'Access denied' } }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      }),
  });
  const error = await denied.verify(LIST_SCHEMA).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SiteAccessError);
  expect((error as Error).message).toMatch(/rollen write via Sites\.Selected.*grant it the write role of Sites\.Selected/);
});

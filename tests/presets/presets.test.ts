/**
 * Other municipalities' processes as configuration: for each preset, set it up from scratch and
 * walk its year — the wheel shows the right events, the bot invites to the right meetings, units
 * write the right documents, and the organiser's follow-up aggregates them.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Expectation {
  key: string;
  events: string[];
  dialogue: { kind: string; label: string; grouping: 'schoolForm' | 'unit' | 'all' };
  unitDocument: string;
  organiserDocument: string;
}

const PRESETS: Expectation[] = [
  {
    key: '2024',
    events: ['Förutsättningsdialoger', 'Processdialoger', 'Resultatdialoger', 'TLD-mätning (hösten)', 'Åtagandeplanen klar för dialog'],
    dialogue: { kind: 'conditions', label: 'Förutsättningsdialog', grouping: 'schoolForm' },
    unitDocument: 'Läsårsrapport',
    organiserDocument: 'Huvudmannens verksamhetsuppföljning',
  },
  {
    key: '2020',
    events: [
      'Dialoger om enheternas verksamhetsuppföljning',
      'Huvudmannens verksamhetsuppföljning klar',
      'Verksamhetsuppföljningen påbörjad',
    ],
    dialogue: { kind: 'followUpDialogue', label: 'Dialog om verksamhetsuppföljningen', grouping: 'unit' },
    unitDocument: 'Verksamhetsuppföljning',
    organiserDocument: 'Huvudmannens verksamhetsuppföljning',
  },
  {
    key: '2018',
    events: ['Workshoppar om verksamhetsplanerna', 'Kvalitetsuppföljningar', 'Måluppfyllelse- och analysrapporten'],
    dialogue: { kind: 'planWorkshop', label: 'Workshop om verksamhetsplanen', grouping: 'all' },
    unitDocument: 'Kvalitetsuppföljning',
    organiserDocument: 'Förvaltningens måluppfyllelse- och analysrapport',
  },
  {
    key: '2011',
    events: [
      'Betygsdialoger (rektorer för åk 6–9)',
      'Resursdialoger',
      'Verksamhetsdialoger',
      'Publikation: Kalla fakta',
      'Vårdnadshavarenkät',
      'Elevenkät',
    ],
    dialogue: { kind: 'operationalDialogue', label: 'Verksamhetsdialog', grouping: 'unit' },
    unitDocument: 'Uppföljning av verksamhetsuppdraget',
    organiserDocument: 'Årsredovisning: systematiskt kvalitetsarbete',
  },
];

describe.each(PRESETS)('preset $key', (p) => {
  let app: TestApp;
  let tomas: ReturnType<typeof client>;
  let erik: ReturnType<typeof client>;
  let anna: ReturnType<typeof client>;

  beforeAll(async () => {
    app = await startTestApp();
    tomas = await app.clientFor('Tomas Berg');
    erik = await app.clientFor('Erik Lund');
    anna = await app.clientFor('Anna Berg');
  });
  afterAll(() => app.close());

  it('is set up by the admin, and only by the admin', async () => {
    expect((await erik.post(`/api/admin/presets/${p.key}`)).status).toBe(403);
    const r = await tomas.post(`/api/admin/presets/${p.key}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ key: p.key, current: true });
    expect((await tomas.get('/api/admin/presets')).body.filter((x: any) => x.current).map((x: any) => x.key)).toEqual([p.key]);
  });

  it('shows the right events in the year wheel', async () => {
    const events = (await anna.get('/api/year-wheel/2026-27/events')).body;
    const labels = (Array.isArray(events) ? events : events.events).map((e: any) => e.label);
    expect(labels).toEqual(expect.arrayContaining(p.events));
  });

  it('invites to the right meetings', async () => {
    const proposal = (await erik.get(`/api/dialogues/proposal/2026-27?kind=${p.dialogue.kind}`)).body;
    expect(proposal.groups.length).toBeGreaterThan(0);
    if (p.dialogue.grouping === 'all') expect(proposal.groups).toHaveLength(1);
    if (p.dialogue.grouping === 'unit') expect(proposal.groups.every((g: any) => g.unitIds.length === 1)).toBe(true);
    const group = proposal.groups[0];
    const day = proposal.windowStart;
    const created = await erik.post('/api/dialogues', {
      kind: p.dialogue.kind,
      schoolYear: '2026-27',
      groups: [
        { name: group.name, unitIds: group.unitIds, start: `${day}T09:00:00+01:00`, end: `${day}T11:00:00+01:00`, place: 'Stadshuset' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.kindLabel).toBe(p.dialogue.label);
    expect((await erik.post(`/api/dialogues/${created.body.id}/invitations`)).status).toBe(202);
    const invitations = (await app.services.store.query('dialogueInvitations', { where: { roundId: created.body.id } })).items;
    expect(invitations.length).toBeGreaterThan(0);
    const view = await app.services.dialogues.invitationView(invitations[0].id);
    expect(view.kindLabel).toBe(p.dialogue.label);
  });

  it('has the units write the right document, and the organiser’s follow-up aggregate them', async () => {
    const bjork = await app.unitId('Björkskolan');
    const started = await anna.post(`/api/units/${bjork}/reports/2026-27`);
    expect(started.status).toBe(201);
    expect(started.body.definition.label).toBe(p.unitDocument);
    const analysis = started.body.definition.sections.filter((s: any) => s.kind === 'text' && s.required);
    const lists = started.body.definition.sections.filter((s: any) => s.kind === 'list' && s.required);
    const updates = [
      ...analysis.map((s: any) => ({ sectionKey: s.key, value: `Analys för ${s.label} på Björkskolan.` })),
      ...lists.map((s: any) => ({ sectionKey: s.key, value: [{ text: 'Ett utvecklingsbehov' }] })),
    ];
    const written = await anna.patch(`/api/units/${bjork}/reports/2026-27/sections`, { updates }, { 'if-match': started.body.etag });
    expect(written.body.missing).toEqual([]);
    const ready = await anna.post(`/api/units/${bjork}/reports/2026-27/status`, { transition: 'ready' }, { 'if-match': written.body.etag });
    expect(ready.status).toBe(200);
    // The follow-up sums up final reports only.
    expect(
      (await erik.post(`/api/units/${bjork}/reports/2026-27/status`, { transition: 'finalise' }, { 'if-match': ready.body.etag })).status,
    ).toBe(200);

    const annual = (await erik.post('/api/organiser/annual-follow-up/2026-27')).body;
    expect(annual.definition.label).toBe(p.organiserDocument);
    const analyses = annual.generated.unitAnalyses;
    expect(analyses.columns).toEqual(['Enhet', ...analysis.map((s: any) => s.label)]);
    expect(analyses.rows).toEqual([['Björkskolan', ...analysis.map((s: any) => `Analys för ${s.label} på Björkskolan.`)]]);
  });
});

describe('switching presets', () => {
  it('deletes nothing, and a document keeps the type it was written with', async () => {
    const app = await startTestApp();
    try {
      const tomas = await app.clientFor('Tomas Berg');
      const anna = await app.clientFor('Anna Berg');
      const bjork = await app.unitId('Björkskolan');
      const before = (await anna.post(`/api/units/${bjork}/reports/2025-26`)).body;
      expect(before.definition.label).toBe('Läsårsrapport');
      const plans = (await app.services.store.query('plans')).items.length;
      await tomas.post('/api/admin/presets/2018');
      const after = (await anna.get(`/api/units/${bjork}/reports/2025-26`)).body;
      expect(after.definition.label).toBe('Läsårsrapport');
      expect(after.report.id).toBe(before.report.id);
      expect((await app.services.store.query('plans')).items.length).toBe(plans);
      const lark = await app.unitId('Lärkans förskola');
      expect((await anna.post(`/api/units/${lark}/reports/2025-26`)).body.definition.label).toBe('Kvalitetsuppföljning');
      expect((await tomas.post('/api/admin/presets/1999')).status).toBe(400);
    } finally {
      await app.close();
    }
  });
});

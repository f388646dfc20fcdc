/**
 * A stand-in for the meeting routes (the server's own, not Microsoft's), so the meeting tab's
 * screens can be drawn in each frame context with data that exercises them. Every answer is
 * parsed with the contract's schema first, as the server's test stage does; notes keep ETags and
 * answer 409 with the current note, as the contract says.
 */
import type { BrowserContext, Route } from 'playwright-core';
import { SUCCESS_FACTOR_CATALOGUE } from '../../src/domain/success-factors';
import { MeetingAttendance, MeetingNote, MeetingNoteBody, MeetingStaff, MeetingView, type MeetingUnit } from '../../src/contract/meetings';

export interface StubUnit {
  unitId: string;
  name: string;
  principal: { personId: string; displayName: string };
}

const entries = (name: string) => [
  {
    key: 'ga1',
    section: 'Kunskaper',
    field: 'Åtagande',
    text: `${name} ska höja läsförståelsen i åk 1–3 genom daglig högläsning och samtal om texter.`,
  },
  { key: 'ga1e', section: 'Kunskaper', field: 'Tänkta effekter', text: 'Fler elever når kunskapskraven i svenska i åk 3.' },
  {
    key: 'ga2',
    section: 'Normer och värden',
    field: 'Åtagande',
    text: 'Trygga raster: vuxna ute på schemalagda platser, elevråd med i uppföljningen.',
  },
];

function unitOf(u: StubUnit, i: number): MeetingUnit {
  return {
    unitId: u.unitId,
    name: u.name,
    schoolForm: 'compulsoryF6',
    schoolFormLabel: 'Grundskola F–6',
    principals: [u.principal],
    document: {
      kind: 'plan',
      title: 'Åtagandeplan 2026/27',
      status: 'readyForDialogue',
      statusLabel: 'Klar för dialog',
      entries: entries(u.name),
      changes: {
        sinceLabel: 'Förutsättningsdialog 2025/26',
        changes: [
          {
            kind: 'changed',
            key: 'ga1',
            section: 'Kunskaper',
            field: 'Åtagande',
            before: 'Högläsning varje vecka.',
            after: 'Daglig högläsning och samtal om texter.',
            words: [
              { text: 'Högläsning varje vecka.', change: 'removed' },
              { text: 'Daglig högläsning och samtal om texter.', change: 'added' },
            ],
          },
          {
            kind: 'added',
            key: 'ga2',
            section: 'Normer och värden',
            field: 'Åtagande',
            after: 'Trygga raster: vuxna ute på schemalagda platser.',
          },
        ],
      },
      url: `/?view=&unitId=${u.unitId}&doc=plan`,
    },
    tld: [
      { roundId: 'r1', label: 'Oktober 2025', answers: 84, responseRate: 81, shown: true, index: { T: 78 + i, L: 71, D: 64 } },
      { roundId: 'r2', label: 'April 2026', answers: 80, responseRate: 77, shown: true, index: { T: 80 + i, L: 73, D: 61 } },
      { roundId: 'r3', label: 'Oktober 2026', answers: 6, responseRate: 9, shown: false, index: null },
    ],
    keyFigures: [
      {
        kpiId: 'N15428',
        label: 'Elever i åk 3 som klarat alla delprov i svenska, %',
        hasData: true,
        values: [
          { year: 2024, value: 71 },
          { year: 2025, value: 74 },
        ],
        direction: 'better',
      },
    ],
  };
}

export interface MeetingStub {
  view: MeetingView;
  notes: Map<string, MeetingNote>;
  writes: { unitId: string; ifMatch: string | undefined; status: number }[];
  /** Serves the same meeting (the same notes) to another browser context: a second person. */
  attach(ctx: BrowserContext): Promise<void>;
}

/** Serves the meeting routes of one round and group for everyone in this browser context. */
export async function routeMeetingStub(
  ctx: BrowserContext,
  origin: string,
  ids: { roundId: string; groupId: string },
  units: StubUnit[],
  kind: 'conditions' | 'process' = 'conditions',
): Promise<MeetingStub> {
  const base = MeetingView.parse({
    roundId: ids.roundId,
    groupId: ids.groupId,
    schoolYear: '2026/27',
    kind,
    kindLabel: kind === 'process' ? 'Processdialog' : 'Förutsättningsdialog',
    roundTitle: 'Förutsättningsdialoger 2026/27',
    groupName: kind === 'process' ? 'Björkskolan' : 'Grundskola F–6, grupp 1',
    when: 'tisdag 24 november 2026 kl. 13:00–15:00',
    start: '2026-11-24T13:00:00+01:00',
    end: '2026-11-24T15:00:00+01:00',
    place: '',
    meeting: {
      calendar: 'outlook',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      app: 'installed',
      problem: '',
    },
    bring: kind === 'process' ? null : { document: 'plan', text: 'Åtagandeplanen för 2026/27, klar för dialog.' },
    units: units.map(unitOf),
    successFactorCatalogue: SUCCESS_FACTOR_CATALOGUE,
    questions: {
      etag: '"q1"',
      modified: '2026-11-20T09:00:00+01:00',
      canEdit: true,
      questions: [
        { id: 'q-1', text: 'Hur följer ni upp läsförståelsen under året?', unitId: '' },
        { id: 'q-2', text: 'Vad har elevrådet sagt om rasterna?', unitId: units[0].unitId },
      ],
    },
    you: {
      role: 'organiser',
      canWriteNotes: units.map((u) => u.unitId),
      canEditQuestions: true,
      canMarkAttendance: true,
      canPickStaff: [],
      canShareToStage: true,
      canConvertActions: units.map((u) => u.unitId),
    },
  } as MeetingView);
  const stub: MeetingStub = { view: base, notes: new Map(), writes: [], attach: async (c) => void (await c.route(matches, handle)) };
  let version = 0;
  for (const u of units)
    stub.notes.set(
      u.unitId,
      MeetingNote.parse({
        id: '',
        etag: '',
        roundId: ids.roundId,
        groupId: ids.groupId,
        unitId: u.unitId,
        unitName: u.name,
        schoolYear: '2026/27',
        kind,
        body: '',
        successFactors: [],
        actions: [],
        modifiedByName: '',
        modified: '',
        canEdit: true,
      }),
    );
  const people = MeetingAttendance.parse({
    source: 'none',
    fetchedAt: '',
    problem: '',
    canMark: true,
    people: [
      { personId: 'erik', displayName: 'Erik Lund', role: 'organiser', present: true, source: 'manual', minutes: null },
      ...units.map((u) => ({ ...u.principal, role: 'principal', present: null, source: 'none', minutes: null })),
    ],
  });

  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  const prefix = `${origin}/api/dialogues/${ids.roundId}/groups/${ids.groupId}/meeting`;
  const matches = (url: URL) => url.href.startsWith(prefix);
  const handle = async (route: Route) => {
    const req = route.request();
    const path = req.url().slice(prefix.length).split('?')[0];
    if (path === '' && req.method() === 'GET') return json(route, 200, stub.view);
    if (path === '/notes' && req.method() === 'GET') return json(route, 200, [...stub.notes.values()]);
    const note = /^\/notes\/([^/]+)$/.exec(path);
    if (note && req.method() === 'PUT') {
      const current = stub.notes.get(decodeURIComponent(note[1]))!;
      const ifMatch = req.headers()['if-match'];
      // The contract: a write on top of a version that is not the current one answers 409 with the current note.
      if ((ifMatch ?? '') !== current.etag) {
        stub.writes.push({ unitId: current.unitId, ifMatch, status: 409 });
        return json(route, 409, {
          error: { code: 'CONFLICT', message: 'Någon annan har sparat anteckningen medan du skrev.', correlationId: 'stub' },
          current,
        });
      }
      const input = MeetingNoteBody.parse(req.postDataJSON());
      const actions = input.actions.map((a) => ({ ...a, link: current.actions.find((c) => c.id === a.id)?.link ?? null }));
      const next = MeetingNote.parse({
        ...current,
        ...input,
        actions,
        id: current.id || `note-${current.unitId}`,
        etag: `"n${++version}"`,
        modified: new Date(Date.UTC(2026, 10, 24, 12, 0, version)).toISOString(),
        modifiedByName: 'Erik Lund',
      });
      stub.notes.set(next.unitId, next);
      stub.writes.push({ unitId: next.unitId, ifMatch, status: 200 });
      return json(route, 200, next);
    }
    const action = /^\/notes\/([^/]+)\/actions\/([^/]+)$/.exec(path);
    if (action && req.method() === 'POST') {
      const current = stub.notes.get(decodeURIComponent(action[1]))!;
      const body = req.postDataJSON() as { target: 'followUp' | 'commitment'; commitmentId?: string; goalAreaId?: string };
      const link = {
        kind: body.target,
        commitmentId: body.commitmentId ?? 'new',
        followUpId: body.target === 'followUp' ? 'fu-1' : '',
        schoolYear: '2026/27',
        title: 'Läsförståelse åk 1–3',
      };
      const actions = current.actions.map((a) => (a.id === decodeURIComponent(action[2]) ? { ...a, link } : a));
      const next = MeetingNote.parse({ ...current, actions, etag: `"n${++version}"` });
      stub.notes.set(next.unitId, next);
      return json(route, 200, { note: next, action: actions.find((a) => a.id === decodeURIComponent(action[2])), created: true });
    }
    if (path === '/attendance') return json(route, 200, people);
    const mark = /^\/attendance\/([^/]+)$/.exec(path);
    if (mark && req.method() === 'PUT') {
      const present = (req.postDataJSON() as { present: boolean }).present;
      people.people = people.people.map((p) => (p.personId === decodeURIComponent(mark[1]) ? { ...p, present, source: 'manual' } : p));
      return json(route, 200, MeetingAttendance.parse(people));
    }
    if (path === '/staff')
      return json(
        route,
        200,
        MeetingStaff.parse({
          unitId: units[0].unitId,
          invited: [],
          candidates: [
            { personId: 'lisa', displayName: 'Lisa Ström' },
            { personId: 'ahmed', displayName: 'Ahmed Ali' },
          ],
          canEdit: true,
        }),
      );
    return json(route, 404, { error: { code: 'NOT_FOUND', message: 'Finns inte.', correlationId: 'stub' } });
  };
  await ctx.route(matches, handle);
  return stub;
}

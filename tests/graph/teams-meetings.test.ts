/**
 * The Teams side of a dialogue meeting against the strict fake: the event with its Teams meeting is
 * created once (transactionId) and updated without losing its meeting; the online meeting is found
 * by its join link (only with the application access policy); the app goes into the meeting chat
 * before its tab, twice is once; attendance comes from every report, merged per person.
 */
import { GraphCalendar } from '../../src/adapters/calendar/graph-calendar';
import { GraphHttp } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { GraphTeamsMeetings } from '../../src/adapters/teams/graph-teams-meetings';
import type { CalendarMeeting } from '../../src/app/ports/calendar';
import { FakeGraphServer } from './fake-graph-server';

let fake: FakeGraphServer;
let http: GraphHttp;
const MAILBOX = 'dialoger@sjovik.example';
const meeting: CalendarMeeting = {
  uid: 'dialogue-1-2',
  title: 'Förutsättningsdialog: Förskola',
  description: 'Ta med planen.',
  start: '2026-12-10T08:00:00.000Z',
  end: '2026-12-10T10:00:00.000Z',
  location: 'Stadshuset',
  meetingUrl: '',
  organiser: { id: 'p-erik', name: 'Erik Lund', email: 'erik.lund@sjovik.example' },
  attendees: [{ name: 'Anna Berg', email: 'anna.berg@sjovik.example' }],
  sequence: 0,
};

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  fake.directory.addUser({ id: 'u-dialoger', displayName: 'Dialoger', mail: MAILBOX, userPrincipalName: MAILBOX });
  http = new GraphHttp({ authProvider: new StaticTokenAuthProvider('app-token'), hostRewrite: fake.url, retry: { baseDelayMs: 1 } });
});
afterAll(() => fake.close());

it('creates the Teams meeting once and updates its time without dropping the meeting', async () => {
  const calendar = new GraphCalendar({ http, mailbox: MAILBOX });
  const first = await calendar.createEvent(meeting);
  const again = await calendar.createEvent(meeting);
  expect(again.eventId).toBe(first.eventId);
  expect(first.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  await calendar.update(first.eventId, { ...meeting, start: '2026-12-11T08:00:00.000Z', end: '2026-12-11T10:00:00.000Z', sequence: 1 });
  const event = fake.events.get(MAILBOX)![0];
  expect(event.start).toEqual({ dateTime: '2026-12-11T08:00:00.000', timeZone: 'UTC' });
  expect(event.onlineMeeting).toEqual({ joinUrl: first.joinUrl }); // the PATCH left the body, and so the meeting, alone
  const patch = fake.stats.log.find((r) => r.method === 'PATCH')!;
  expect(patch.path).toBe(`/v1.0/users/${encodeURIComponent(MAILBOX)}/events/${first.eventId}`);
});

it('puts the app and its tab in the meeting chat once, and reads attendance from every report', async () => {
  const calendar = new GraphCalendar({ http, mailbox: MAILBOX });
  const booked = await calendar.createEvent({ ...meeting, uid: 'dialogue-1-3' });
  const teams = new GraphTeamsMeetings({ http, mailbox: MAILBOX, catalogAppId: 'catalog-app-1' });
  await expect(teams.find(booked.joinUrl)).rejects.toMatchObject({ status: 403 }); // no application access policy yet
  fake.meetings.accessPolicyUsers.add('u-dialoger');
  const found = (await teams.find(booked.joinUrl))!;
  expect(found.chatId).toMatch(/^19:meeting_.*@thread\.v2$/);
  const tab = {
    displayName: 'Dialogen',
    entityId: 'dialogue-meeting',
    contentUrl: 'https://ska.example/?inTeams=1&view=meeting&roundId=1&groupId=3',
    websiteUrl: 'https://ska.example/?view=meeting',
  };
  await expect(teams.addTab(found.chatId, tab)).rejects.toMatchObject({ status: 400 }); // the app must be installed first
  await teams.installApp(found.chatId);
  await teams.installApp(found.chatId); // 409 from Graph: already there
  await teams.addTab(found.chatId, tab);
  await teams.addTab(found.chatId, tab);
  expect(fake.meetings.chatApps.get(found.chatId)).toEqual(['catalog-app-1']);
  expect(fake.meetings.chatTabs.get(found.chatId)).toHaveLength(1);

  const anna = {
    emailAddress: 'Anna.Berg@sjovik.example',
    identity: { id: 'aad-anna', displayName: 'Anna Berg' },
    role: 'Attendee' as const,
  };
  fake.meetings.reports.set(found.meetingId, [
    [{ ...anna, totalAttendanceInSeconds: 1200 }],
    [
      { ...anna, totalAttendanceInSeconds: 600 },
      {
        emailAddress: 'leila@sjovik.example',
        identity: { id: 'aad-leila', displayName: 'Leila' },
        role: 'Attendee',
        totalAttendanceInSeconds: 300,
      },
    ],
  ]);
  const attendance = await teams.attendance(found.meetingId);
  expect(attendance).toEqual(
    expect.arrayContaining([
      { aadObjectId: 'aad-anna', email: 'anna.berg@sjovik.example', totalAttendanceInSeconds: 1800 },
      { aadObjectId: 'aad-leila', email: 'leila@sjovik.example', totalAttendanceInSeconds: 300 },
    ]),
  );
  expect(attendance).toHaveLength(2);
});

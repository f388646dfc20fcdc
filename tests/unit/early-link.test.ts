/**
 * The page's first script (tabs/src/early) and the app read a link alike: the same plan is asked
 * for once, and every screen views.ts loads lazily has its chunk in the early list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_VIEW_CHUNKS, EARLY_CHUNKS, linkedChunks, linkedPlan } from '../../tabs/src/early/early-link';
import { APP_VIEWS } from '../../tabs/src/shell/app-nav';

const browser = { inTeams: false, signedIn: true };

it('reads the plan a link opens: a unit, with or without a year, not the report or another view', () => {
  expect(linkedPlan('?unitId=u1&year=2026-27')).toEqual({ unitId: 'u1', schoolYear: '2026/27' });
  expect(linkedPlan('?unitId=u1')).toEqual({ unitId: 'u1', schoolYear: null });
  expect(linkedPlan('?view=channel&unitId=u1&year=bad')).toEqual({ unitId: 'u1', schoolYear: null });
  expect(linkedPlan('?unitId=u1&doc=report')).toBeNull();
  expect(linkedPlan('?view=personal&unitId=u1')).toBeNull();
  expect(linkedPlan('?view=overview')).toBeNull();
  expect(linkedPlan('')).toBeNull();
});

it('preloads the chunks of the screen a link opens, teams-js in Teams and the demo sign-in when nobody is signed in', () => {
  expect(linkedChunks('?unitId=u1', browser)).toEqual(['DocumentView']);
  expect(linkedChunks('?unitId=u1&doc=report', browser)).toEqual(['DocumentView', 'ReportPage']);
  expect(linkedChunks('?view=personal', { inTeams: true, signedIn: false })).toEqual(['teams-sdk', 'PersonalPage']);
  expect(linkedChunks('?view=meeting', browser)).toEqual(['MeetingTab']);
  expect(linkedChunks('?view=settings', { inTeams: false, signedIn: false })).toEqual(['DevSignIn', 'SettingsView']);
  expect(linkedChunks('', browser)).toEqual([]);
});

it('knows a chunk for every app view, by the file name views.ts imports it from (the build fails on an unknown one)', () => {
  const views = readFileSync(join(__dirname, '../../tabs/src/shell/views.ts'), 'utf8');
  const imported = [...views.matchAll(/import\('\.\.\/features\/[^']*\/(\w+)'\)/g)].map((m) => m[1]);
  for (const view of APP_VIEWS) expect(imported).toContain(APP_VIEW_CHUNKS[view]);
  for (const name of imported) expect(EARLY_CHUNKS).toContain(name);
});

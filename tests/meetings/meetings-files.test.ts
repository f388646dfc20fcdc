/**
 * The meetings code keeps to the project's size rule (no file in src/ or tabs/src over 300 lines),
 * and the meetings contract, split in three files, still offers every schema from
 * src/contract/meetings where the routes, the use cases and the tab import them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as contract from '../../src/contract/meetings';

const ROOT = join(__dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const MINE = [
  ...files('src/app/meetings'),
  ...files('tabs/src/features/meeting'),
  ...readdirSync(join(ROOT, 'src/contract'))
    .filter((f) => f.startsWith('meetings'))
    .map((f) => `src/contract/${f}`),
  'src/http/routes/meetings.ts',
];

it('has no meetings file over 300 lines', () => {
  const lines = (f: string) => readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1;
  expect(MINE.length).toBeGreaterThan(10);
  expect(MINE.filter((f) => lines(f) > 300).map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
});

it('still exports the notes, questions, attendance and staff schemas from src/contract/meetings', () => {
  for (const name of [
    'MeetingNote',
    'MeetingNoteBody',
    'MeetingNoteConflict',
    'MeetingActionBody',
    'MeetingActionResult',
    'MeetingQuestions',
    'MeetingQuestionsBody',
    'MeetingAttendance',
    'AttendanceMarkBody',
    'MeetingStaff',
    'MeetingStaffBody',
    'MeetingRole',
    'SuccessFactorCode',
    'MeetingPlanLinks',
    'MeetingView',
    'GroupPatch',
  ] as const) {
    expect(typeof (contract[name] as { safeParse?: unknown })?.safeParse).toBe('function');
  }
  expect(contract.MEETING_PATHS.planLinks).toBe('/api/units/:unitId/meeting-links/:schoolYear');
});

/**
 * Årshjulet: the organiser's recurring events of a school year, as data. Dates are month and
 * day; the calendar year follows from the school year (July–December: its first year,
 * January–June: its second). Times are Swedish wall-clock time, resolved with Intl only.
 */
import { DEFAULT_DIALOGUE_TYPES, type DialogueKind, type DialogueType } from './dialogue';
import { swedishDate, swedishToInstant, addDays } from './swedish-time';
import { startYear, type SchoolYear } from './school-year';
import type { Respondents } from './survey';

export interface MonthDay {
  month: number;
  day: number;
}

export const WHEEL_AUDIENCES = ['principal', 'staff', 'organiser', 'board'] as const;
export type WheelAudience = (typeof WHEEL_AUDIENCES)[number];

interface EventBase {
  key: string;
  label: string;
  description?: string;
  audience: WheelAudience[];
}

export type YearWheelEvent =
  | (EventBase & { kind: 'dialogueWindow'; dialogueKind: DialogueKind; start: MonthDay; end: MonthDay; remindDaysBefore: number[] })
  | (EventBase & { kind: 'surveyRound'; start: MonthDay; end: MonthDay; respondents?: Respondents })
  | (EventBase & {
      kind: 'documentDeadline';
      document: 'plan' | 'report';
      /** plan: ready for dialogue (or final); report: started. */
      requirement: 'readyForDialogue' | 'started';
      date: MonthDay;
      time: string;
      remindDaysBefore: number[];
    })
  | (EventBase & { kind: 'boardMeeting'; date: MonthDay; time: string })
  /** A dated point of the year with nothing to answer: a publication of statistics, a follow-up deadline at the organiser. */
  | (EventBase & { kind: 'milestone'; date: MonthDay; time: string })
  | (EventBase & { kind: 'checkIn'; months: number[]; day: number; time: string; skipIfFollowedUpWithinDays: number });

export type YearWheelEventKind = YearWheelEvent['kind'];

export interface YearWheel {
  events: YearWheelEvent[];
  /** The dialogues and meetings the wheel invites to; the 2024 guideline's three when absent. */
  dialogueTypes?: DialogueType[];
}

export const dialogueTypesOf = (wheel: YearWheel): DialogueType[] => wheel.dialogueTypes ?? DEFAULT_DIALOGUE_TYPES;

const everyone: WheelAudience[] = ['principal', 'organiser'];

/** The 2024 guideline's year wheel: the default until the organiser edits it. */
export const DEFAULT_YEAR_WHEEL: YearWheel = {
  events: [
    {
      key: 'conditions-dialogue',
      kind: 'dialogueWindow',
      dialogueKind: 'conditions',
      label: 'Förutsättningsdialoger',
      description: 'Rektorer i grupper om 3–4 per skolform med huvudmannen. Ta med åtagandeplanen.',
      start: { month: 9, day: 1 },
      end: { month: 9, day: 30 },
      remindDaysBefore: [2],
      audience: everyone,
    },
    {
      key: 'process-dialogue',
      kind: 'dialogueWindow',
      dialogueKind: 'process',
      label: 'Processdialoger',
      description: 'Rektor med några medarbetare från enheten och huvudmannen: hur undervisning och lärande organiseras.',
      start: { month: 11, day: 1 },
      end: { month: 2, day: 28 },
      remindDaysBefore: [2],
      audience: ['principal', 'staff', 'organiser'],
    },
    {
      key: 'results-dialogue',
      kind: 'dialogueWindow',
      dialogueKind: 'results',
      label: 'Resultatdialoger',
      description: 'Rektorer i grupper om 3–4 per skolform med huvudmannen. Ta med den påbörjade läsårsrapporten.',
      start: { month: 5, day: 1 },
      end: { month: 6, day: 15 },
      remindDaysBefore: [2],
      audience: everyone,
    },
    {
      key: 'tld-autumn',
      kind: 'surveyRound',
      label: 'TLD-mätning (hösten)',
      start: { month: 10, day: 1 },
      end: { month: 10, day: 31 },
      audience: everyone,
    },
    {
      key: 'tld-spring',
      kind: 'surveyRound',
      label: 'TLD-mätning (våren)',
      start: { month: 4, day: 1 },
      end: { month: 4, day: 30 },
      audience: everyone,
    },
    {
      key: 'plan-ready',
      kind: 'documentDeadline',
      label: 'Åtagandeplanen klar för dialog',
      description: 'Planen ska vara klar före förutsättningsdialogen.',
      document: 'plan',
      requirement: 'readyForDialogue',
      date: { month: 8, day: 31 },
      time: '16:00',
      remindDaysBefore: [7, 1],
      audience: ['principal', 'organiser'],
    },
    {
      key: 'report-started',
      kind: 'documentDeadline',
      label: 'Läsårsrapporten påbörjad',
      description: 'Rapporten ska vara påbörjad före resultatdialogen.',
      document: 'report',
      requirement: 'started',
      date: { month: 4, day: 30 },
      time: '16:00',
      remindDaysBefore: [14, 3],
      audience: ['principal', 'organiser'],
    },
    {
      key: 'board-february',
      kind: 'boardMeeting',
      label: 'Nämnden: läsårets verksamhetsplan',
      description: 'Huvudmannen presenterar verksamhetsplanen, byggd på förra årets rapporter.',
      date: { month: 2, day: 15 },
      time: '18:00',
      audience: ['organiser', 'board'],
    },
    {
      key: 'board-october',
      kind: 'boardMeeting',
      label: 'Halvdag med rektorer, förvaltning och nämnd',
      description: 'Starten på nästa läsårs planering.',
      date: { month: 10, day: 15 },
      time: '13:00',
      audience: ['principal', 'organiser', 'board'],
    },
    {
      key: 'monthly-check-in',
      kind: 'checkIn',
      label: 'Månatlig avstämning av åtagandena',
      description: 'Boten frågar rektor om status för varje pågående åtagande.',
      months: [10, 11, 12, 1, 2, 3, 4, 5],
      day: 1,
      time: '09:00',
      skipIfFollowedUpWithinDays: 14,
      audience: ['principal'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
export interface ResolvedEvent {
  key: string;
  kind: YearWheelEventKind;
  label: string;
  description?: string;
  audience: WheelAudience[];
  /** First instant (UTC ISO). */
  start: string;
  /** End, exclusive (UTC ISO): a window ends when its last day does. */
  end: string;
  /** Swedish dates, inclusive, for showing. */
  startDate: string;
  endDate: string;
  /** Swedish wall-clock time when the event has one. */
  time?: string;
  dialogueKind?: DialogueKind;
  document?: 'plan' | 'report';
  requirement?: 'readyForDialogue' | 'started';
  remindDaysBefore?: number[];
  /** Check-ins: one event per occurrence, keyed "<key>:YYYY-MM". */
  occurrenceOf?: string;
  skipIfFollowedUpWithinDays?: number;
}

/** The Swedish date of a month and day in a school year. */
export function dateInSchoolYear(year: SchoolYear, d: MonthDay): string {
  const first = startYear(year);
  const y = d.month >= 7 ? first : first + 1;
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const iso = (date: string, time?: string) => swedishToInstant(date, time ?? '00:00').toISOString();

export function resolveYearWheel(wheel: YearWheel, year: SchoolYear): ResolvedEvent[] {
  const events: ResolvedEvent[] = [];
  for (const e of wheel.events) {
    const base = { key: e.key, kind: e.kind, label: e.label, description: e.description, audience: e.audience };
    switch (e.kind) {
      case 'dialogueWindow':
      case 'surveyRound': {
        const startDate = dateInSchoolYear(year, e.start);
        const endDate = dateInSchoolYear(year, e.end);
        events.push({
          ...base,
          start: iso(startDate),
          end: iso(addDays(endDate, 1)),
          startDate,
          endDate,
          ...(e.kind === 'dialogueWindow' ? { dialogueKind: e.dialogueKind, remindDaysBefore: e.remindDaysBefore } : {}),
        });
        break;
      }
      case 'documentDeadline':
      case 'boardMeeting':
      case 'milestone': {
        const date = dateInSchoolYear(year, e.date);
        const at = iso(date, e.time);
        events.push({
          ...base,
          start: at,
          end: at,
          startDate: date,
          endDate: date,
          time: e.time,
          ...(e.kind === 'documentDeadline'
            ? { document: e.document, requirement: e.requirement, remindDaysBefore: e.remindDaysBefore }
            : {}),
        });
        break;
      }
      case 'checkIn':
        for (const month of e.months) {
          const date = dateInSchoolYear(year, { month, day: e.day });
          const at = iso(date, e.time);
          events.push({
            ...base,
            key: `${e.key}:${date.slice(0, 7)}`,
            occurrenceOf: e.key,
            start: at,
            end: at,
            startDate: date,
            endDate: date,
            time: e.time,
            skipIfFollowedUpWithinDays: e.skipIfFollowedUpWithinDays,
          });
        }
        break;
    }
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}

/** The events that concern someone with these roles and are not over yet. */
export function upcomingFor(events: ResolvedEvent[], roles: WheelAudience[], now: Date): ResolvedEvent[] {
  const t = now.toISOString();
  return events.filter((e) => e.audience.some((a) => roles.includes(a)) && e.end >= t);
}

/**
 * Of the reminder offsets whose time has come, the most imminent one, or none: a tick that first
 * runs the day before a deadline sends the one-day reminder, not the week's as well.
 */
export function dueReminderOffset(deadline: Date, offsetsDays: number[], now: Date): number | undefined {
  if (now >= deadline) return undefined;
  const today = swedishDate(now);
  const deadlineDate = swedishDate(deadline);
  const passed = offsetsDays.filter((d) => addDays(deadlineDate, -d) <= today);
  return passed.length ? Math.min(...passed) : undefined;
}

export function dialogueWindowOf(wheel: YearWheel, kind: DialogueKind) {
  return wheel.events.find(
    (e): e is Extract<YearWheelEvent, { kind: 'dialogueWindow' }> => e.kind === 'dialogueWindow' && e.dialogueKind === kind,
  );
}

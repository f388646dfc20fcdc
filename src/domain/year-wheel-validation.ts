/** Årshjulet's validation: every problem as a Swedish sentence naming the event (see year-wheel.ts for the data). */
import { MONTH_NAMES } from './swedish-time';
import { dialogueTypesOf, type MonthDay, type YearWheel } from './year-wheel';

// Validation: every problem as a Swedish sentence naming the event.

export interface WheelProblem {
  key: string;
  message: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const describeMonthDay = (d: MonthDay) => `${d.day} ${MONTH_NAMES[d.month - 1] ?? `månad ${d.month}`}`;

/** Position in the school year (July first), so a window may run from November to February. */
const schoolYearOrder = (d: MonthDay) => ((d.month + 5) % 12) * 100 + d.day;

function monthDayProblem(d: MonthDay, what: string): string | undefined {
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return `${what}: månaden ska vara 1–12.`;
  if (!Number.isInteger(d.day) || d.day < 1) return `${what}: dagen ska vara ett heltal från 1.`;
  if (d.month === 2 && d.day === 29) return `${what}: 29 februari finns bara vissa år. Välj 28 februari.`;
  if (d.day > DAYS_IN_MONTH[d.month - 1]) return `${what}: ${d.day} ${MONTH_NAMES[d.month - 1]} finns inte.`;
  return undefined;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function validateYearWheel(wheel: YearWheel): WheelProblem[] {
  const problems: WheelProblem[] = [];
  const add = (key: string, message: string | undefined) => message && problems.push({ key, message });
  const keys = new Set<string>();
  const dialogueKinds = new Set<string>();
  const types = dialogueTypesOf(wheel);
  if (new Set(types.map((t) => t.key)).size !== types.length) add('dialogueTypes', 'Två dialogtyper har samma nyckel.');
  for (const e of wheel.events) {
    const name = e.label.trim() || e.key;
    if (keys.has(e.key)) add(e.key, `${name}: nyckeln "${e.key}" används av flera händelser.`);
    keys.add(e.key);
    if (!e.label.trim()) add(e.key, `Händelsen "${e.key}" saknar namn.`);
    if (e.audience.length === 0) add(e.key, `${name}: välj minst en målgrupp.`);
    if (e.kind === 'dialogueWindow' || e.kind === 'surveyRound') {
      const startProblem = monthDayProblem(e.start, `${name}, startdatum`);
      const endProblem = monthDayProblem(e.end, `${name}, slutdatum`);
      add(e.key, startProblem);
      add(e.key, endProblem);
      if (!startProblem && !endProblem && schoolYearOrder(e.end) < schoolYearOrder(e.start)) {
        add(e.key, `${name}: slutdatumet (${describeMonthDay(e.end)}) ligger före startdatumet (${describeMonthDay(e.start)}) i läsåret.`);
      }
    }
    if (e.kind === 'dialogueWindow') {
      if (!types.some((t) => t.key === e.dialogueKind)) add(e.key, `${name}: dialogtypen "${e.dialogueKind}" finns inte.`);
      if (dialogueKinds.has(e.dialogueKind)) add(e.key, `${name}: det finns redan en period för den här dialogtypen.`);
      dialogueKinds.add(e.dialogueKind);
    }
    if (e.kind === 'documentDeadline' || e.kind === 'boardMeeting' || e.kind === 'milestone')
      add(e.key, monthDayProblem(e.date, `${name}, datum`));
    if (e.kind === 'documentDeadline' || e.kind === 'boardMeeting' || e.kind === 'milestone' || e.kind === 'checkIn') {
      if (!TIME.test(e.time)) add(e.key, `${name}: tiden "${e.time}" ska skrivas som TT:MM, t.ex. 08:00.`);
    }
    if (e.kind === 'documentDeadline' && (e.document === 'plan') !== (e.requirement === 'readyForDialogue')) {
      add(e.key, `${name}: en åtagandeplan ska vara klar för dialog, en läsårsrapport påbörjad.`);
    }
    if (e.kind === 'dialogueWindow' || e.kind === 'documentDeadline') {
      for (const d of e.remindDaysBefore) {
        if (!Number.isInteger(d) || d < 0 || d > 60) add(e.key, `${name}: påminnelser kan skickas 0–60 dagar före.`);
      }
    }
    if (e.kind === 'checkIn') {
      if (e.months.length === 0) add(e.key, `${name}: välj minst en månad.`);
      if (e.months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) add(e.key, `${name}: månaderna ska vara 1–12.`);
      if (new Set(e.months).size !== e.months.length) add(e.key, `${name}: samma månad finns flera gånger.`);
      if (!Number.isInteger(e.day) || e.day < 1 || e.day > 28)
        add(e.key, `${name}: dag ${e.day} finns inte i alla månader. Välj en dag mellan 1 och 28.`);
      if (!Number.isInteger(e.skipIfFollowedUpWithinDays) || e.skipIfFollowedUpWithinDays < 0 || e.skipIfFollowedUpWithinDays > 90) {
        add(e.key, `${name}: antalet dagar ska vara 0–90.`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Resolution of a school year's events to instants.

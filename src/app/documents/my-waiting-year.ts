/**
 * What the year itself asks of the person now, for "Det här väntar på dig": the year wheel's
 * document deadlines coming up for their units, an open TLD round where few of a unit's children
 * have answered (the rate only as "under N %", never a count), and for the organiser level the
 * dialogue rounds to send or to create from the wheel.
 */
import { canSeeAllUnits } from '../../domain/access';
import { documentReady } from '../../domain/dialogue';
import { definiteName } from '../../domain/document-names';
import type { Actor } from '../../domain/identity';
import { MONTH_NAMES } from '../../domain/swedish-time';
import type { ResolvedEvent } from '../../domain/year-wheel';
import type { Settings } from '../config/settings';
import { queryAll, type ListStore } from '../ports/list-store';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyService } from '../survey/surveys';
import type { DocumentSummary } from './my-documents';
import type { WaitingItem } from './waiting-item';

/** How far ahead a deadline or a dialogue window is shown. */
export const AHEAD_DAYS = 30;
/** An open round's response rate below this (percent) asks the principal to remind the class. */
export const FEW_ANSWERS_BELOW = 50;

const DAY = 86_400_000;
const daysUntil = (date: string, today: string) => Math.round((Date.parse(date) - Date.parse(today)) / DAY);
/** A Swedish date (YYYY-MM-DD) as "15 oktober". */
export const dayAndMonth = (date: string) => `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]}`;

export interface YearSources {
  store: ListStore;
  settings: Settings;
  surveys: SurveyService;
  surveyResults: SurveyResults;
  events(schoolYear: string): Promise<ResolvedEvent[]>;
}

export async function yearWaiting(
  s: YearSources,
  actor: Actor,
  year: string,
  today: string,
  docs: DocumentSummary[],
): Promise<WaitingItem[]> {
  const [events, config] = await Promise.all([s.events(year), s.settings.processConfig()]);
  const principalOf = new Set(actor.memberships.filter((m) => m.role === 'principal').map((m) => m.unitId));
  const items: WaitingItem[] = [];

  // Deadlines: the unit's plan ready for dialogue, its report started, by the wheel's date.
  for (const e of events.filter((x) => x.kind === 'documentDeadline' && x.document)) {
    const days = daysUntil(e.startDate, today);
    if (days < 0 || days > AHEAD_DAYS) continue;
    const document = e.document!;
    const name = definiteName(document === 'plan' ? config.planLabel : config.reportDefinition.label);
    const state = e.requirement === 'started' ? 'påbörjad' : 'klar för dialog';
    for (const d of docs.filter((x) => x.kind === document && x.schoolYear === year && principalOf.has(x.unitId))) {
      if (documentReady(document, d.status ?? undefined)) continue;
      items.push({
        kind: 'deadline',
        title: `${name.The} ska vara ${state} senast ${dayAndMonth(e.startDate)}`,
        detail: `${e.label} · ${days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`}`,
        unitId: d.unitId,
        unitName: d.unitName,
        dueDate: e.startDate,
        target: { view: 'document', unitId: d.unitId, schoolYear: year, doc: document },
      });
    }
  }

  // An open TLD round with few answers at the principal's unit: the rate as a bound, no counts.
  if (principalOf.size) {
    const open = (await s.surveys.rounds(year)).filter((r) => r.status === 'open');
    for (const round of open) {
      const results = await s.surveyResults.forRound(round);
      for (const u of results.units.filter((x) => principalOf.has(x.unitId))) {
        if (u.responseRate === null || u.responseRate >= FEW_ANSWERS_BELOW) continue;
        items.push({
          kind: 'tldFewAnswers',
          title: `Få har svarat på ${round.label}`,
          detail: `Svarsfrekvensen är under ${FEW_ANSWERS_BELOW} %. Påminn om länken innan mätningen stänger ${dayAndMonth(round.closesOn)}.`,
          unitId: u.unitId,
          unitName: u.unitName,
          dueDate: round.closesOn,
          target: { view: 'survey' },
        });
      }
    }
  }

  // The organiser level: rounds not sent, and the wheel's dialogue windows with no round yet.
  if (canSeeAllUnits(actor)) {
    const rounds = await queryAll(s.store, 'dialogueRounds', { schoolYear: year });
    const kinds = new Set(rounds.map((r) => String(r.fields.kind)));
    for (const r of rounds.filter((x) => !x.fields.invitedAt)) {
      const start = String(r.fields.windowStart ?? '').slice(0, 10);
      if (start && daysUntil(start, today) > AHEAD_DAYS) continue;
      items.push({
        kind: 'roundToSend',
        title: `Skicka inbjudningarna: ${String(r.fields.title)}`,
        detail: start ? `Dialogerna börjar ${dayAndMonth(start)}` : 'Inbjudningarna är inte skickade',
        unitId: null,
        unitName: null,
        dueDate: start || null,
        target: { view: 'dialogues' },
      });
    }
    for (const e of events.filter((x) => x.kind === 'dialogueWindow' && x.dialogueKind && !kinds.has(x.dialogueKind))) {
      if (daysUntil(e.startDate, today) > AHEAD_DAYS || daysUntil(e.endDate, today) < 0) continue;
      items.push({
        kind: 'roundToSend',
        title: `Skapa dialogomgången: ${e.label}`,
        detail: `${dayAndMonth(e.startDate)} – ${dayAndMonth(e.endDate)}, ingen dialogomgång är skapad`,
        unitId: null,
        unitName: null,
        dueDate: e.startDate,
        target: { view: 'dialogues' },
      });
    }
  }
  return items;
}

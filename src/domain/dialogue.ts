/** Dialogues (förutsättnings-, process- och resultatdialog): kinds, answers and the rules of a round. */
import { DomainError } from './errors';
import type { DocumentStatus } from './plan';
import { SCHOOL_FORMS, type SchoolForm } from './school-forms';
import { swedishDate } from './swedish-time';

export const DIALOGUE_KINDS = ['conditions', 'process', 'results'] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

export const DIALOGUE_KIND_LABELS: Record<DialogueKind, string> = {
  conditions: 'Förutsättningsdialog',
  process: 'Processdialog',
  results: 'Resultatdialog',
};

/** What each kind asks people to bring, and which document that is. */
export const DIALOGUE_BRINGS: Record<DialogueKind, { document: 'plan' | 'report'; text: string; linkTitle: string } | undefined> = {
  conditions: { document: 'plan', text: 'Ta med enhetens åtagandeplan, klar för dialog.', linkTitle: 'Öppna åtagandeplanen' },
  process: undefined,
  results: { document: 'report', text: 'Ta med enhetens påbörjade läsårsrapport.', linkTitle: 'Öppna läsårsrapporten' },
};

/** Förutsättnings- and resultatdialog gather principals of one school form; processdialog one unit. */
export const isGroupedBySchoolForm = (kind: DialogueKind) => kind !== 'process';

export const ANSWERS = ['pending', 'accepted', 'declined', 'otherTime'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER_LABELS: Record<Answer, string> = {
  pending: 'Har inte svarat',
  accepted: 'Du har tackat ja',
  declined: 'Du har tackat nej',
  otherTime: 'Du har önskat en annan tid',
};

export const ANSWER_STATUS_LABELS: Record<Answer, string> = {
  pending: 'Inte svarat',
  accepted: 'Tackat ja',
  declined: 'Tackat nej',
  otherTime: 'Önskar annan tid',
};

export const INVITEE_ROLES = ['principal', 'staff', 'organiser'] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];

export interface GroupDraft {
  name: string;
  unitIds: string[];
  /** Staff invited with their principal (processdialog). */
  staffIds: string[];
  start?: string;
  end?: string;
  place?: string;
  meetingUrl?: string;
}

export interface RoundDraft {
  kind: DialogueKind;
  windowStart: string; // YYYY-MM-DD, Swedish
  windowEnd: string;
  groups: GroupDraft[];
}

/**
 * Checks a round as the organiser put it together. `formOf` gives each unit's school form.
 * Returns Swedish sentences; empty when the round holds.
 */
export function roundProblems(round: RoundDraft, formOf: (unitId: string) => SchoolForm | undefined): string[] {
  const problems: string[] = [];
  if (round.windowEnd < round.windowStart) problems.push('Perioden slutar innan den börjar.');
  const seen = new Map<string, string>();
  for (const g of round.groups) {
    const name = g.name.trim() || 'En grupp';
    if (g.unitIds.length === 0) problems.push(`${name}: välj minst en enhet.`);
    for (const unitId of g.unitIds) {
      if (!formOf(unitId)) problems.push(`${name}: enheten ${unitId} finns inte.`);
      const other = seen.get(unitId);
      if (other !== undefined) problems.push(`${name}: enheten finns redan i gruppen ${other}.`);
      seen.set(unitId, name);
    }
    if (isGroupedBySchoolForm(round.kind)) {
      const forms = new Set(g.unitIds.map(formOf).filter((f): f is SchoolForm => f !== undefined));
      if (forms.size > 1) {
        problems.push(`${name}: skolformer blandas inte i en ${DIALOGUE_KIND_LABELS[round.kind].toLowerCase()} (${[...forms].map((f) => SCHOOL_FORMS[f]).join(', ')}).`);
      }
      if (g.staffIds.length > 0) problems.push(`${name}: medarbetare bjuds in till processdialogen, inte till ${DIALOGUE_KIND_LABELS[round.kind].toLowerCase()}en.`);
    } else if (g.unitIds.length > 1) {
      problems.push(`${name}: en processdialog gäller en enhet.`);
    }
    if ((g.start === undefined) !== (g.end === undefined)) problems.push(`${name}: ange både start och slut.`);
    if (g.start && g.end) {
      const start = new Date(g.start);
      const end = new Date(g.end);
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) problems.push(`${name}: tiden har fel format.`);
      else {
        if (end <= start) problems.push(`${name}: mötet slutar innan det börjar.`);
        const day = swedishDate(start);
        if (day < round.windowStart || day > round.windowEnd) {
          problems.push(`${name}: mötet (${day}) ligger utanför perioden ${round.windowStart}–${round.windowEnd}.`);
        }
      }
    }
  }
  return problems;
}

export function assertRound(round: RoundDraft, formOf: (unitId: string) => SchoolForm | undefined): void {
  const problems = roundProblems(round, formOf);
  if (problems.length) throw new DomainError('DIALOGUE_GROUPS_INVALID', problems.join(' '), { problems });
}

/** Invitations go out only when every group has a time. */
export function assertReadyToInvite(groups: { name: string; start?: string }[]): void {
  const missing = groups.filter((g) => !g.start).map((g) => g.name);
  if (groups.length === 0) throw new DomainError('DIALOGUE_INCOMPLETE', 'Omgången har inga grupper att bjuda in.');
  if (missing.length) {
    throw new DomainError('DIALOGUE_INCOMPLETE', `Ange tid för alla grupper innan inbjudningarna skickas. Saknar tid: ${missing.join(', ')}.`, { missing });
  }
}

/** An answer can be given or changed until the meeting starts. */
export function assertCanAnswer(meetingStart: string | undefined, now: Date): void {
  if (meetingStart && new Date(meetingStart) <= now) {
    throw new DomainError('DIALOGUE_ANSWER_CLOSED', 'Dialogen har redan börjat, så svaret kan inte ändras. Kontakta huvudmannen om något har hänt.');
  }
}

/** Whether the document a dialogue asks for is where it should be. */
export function documentReady(document: 'plan' | 'report', status: DocumentStatus | undefined): boolean {
  if (document === 'plan') return status === 'readyForDialogue' || status === 'final';
  return status !== undefined;
}

export interface OutstandingWork {
  answer: boolean;
  /** Names of the units whose document is not ready. */
  documents: string[];
}

/**
 * What an invitee still has to do before the dialogue: answer, and have the document ready.
 * Organiser representatives host: they get no reminders.
 */
export function outstandingWork(
  kind: DialogueKind,
  invitee: { role: InviteeRole; answer: Answer },
  units: { name: string; status: DocumentStatus | undefined }[],
): OutstandingWork | undefined {
  if (invitee.role === 'organiser' || invitee.answer === 'declined') return undefined;
  const brings = DIALOGUE_BRINGS[kind];
  const documents = brings && invitee.role === 'principal' ? units.filter((u) => !documentReady(brings.document, u.status)).map((u) => u.name) : [];
  const answer = invitee.answer === 'pending';
  return answer || documents.length ? { answer, documents } : undefined;
}

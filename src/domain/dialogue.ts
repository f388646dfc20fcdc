/** Dialogues (förutsättnings-, process- och resultatdialog): kinds, answers and the rules of a round. */
import { DomainError } from './errors';
import type { DocumentStatus } from './document-status';
import { LEGAL_SCHOOL_FORMS, legalSchoolForm, type LegalSchoolForm, type SchoolForm } from './school-forms';
import { swedishDate } from './swedish-time';

/** A dialogue type's key, e.g. "conditions"; the types themselves are data (see DialogueType). */
export type DialogueKind = string;

/**
 * A kind of dialogue or meeting the organiser invites to, as configuration: who is grouped how,
 * what to bring. The 2024 guideline has three; other municipalities have grade, resource and
 * operational dialogues, workshops, subject groups.
 */
export interface DialogueType {
  key: DialogueKind;
  label: string;
  /** schoolForm: groups of 3–4 principals of one school form; unit: one unit (with staff); all: every principal together. */
  grouping: 'schoolForm' | 'unit' | 'all';
  /** What invitees bring, with a link into the tab. */
  brings?: { document: 'plan' | 'report'; text: string; linkTitle: string };
}

export const DEFAULT_DIALOGUE_TYPES: DialogueType[] = [
  {
    key: 'conditions',
    label: 'Förutsättningsdialog',
    grouping: 'schoolForm',
    brings: { document: 'plan', text: 'Ta med enhetens åtagandeplan, klar för dialog.', linkTitle: 'Öppna åtagandeplanen' },
  },
  { key: 'process', label: 'Processdialog', grouping: 'unit' },
  {
    key: 'results',
    label: 'Resultatdialog',
    grouping: 'schoolForm',
    brings: { document: 'report', text: 'Ta med enhetens påbörjade läsårsrapport.', linkTitle: 'Öppna läsårsrapporten' },
  },
];

/** The type of a key among the configured ones; an unknown key is a clear error, not a crash. */
export function dialogueType(types: DialogueType[], key: DialogueKind): DialogueType {
  const type = types.find((t) => t.key === key);
  if (!type) throw new DomainError('VALIDATION_FAILED', `Dialogtypen "${key}" finns inte i årshjulet.`);
  return type;
}

/** Förutsättnings- and resultatdialog gather principals of one school form; processdialog one unit. */
export const isGroupedBySchoolForm = (type: DialogueType) => type.grouping === 'schoolForm';

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
  type: DialogueType;
  windowStart: string; // YYYY-MM-DD, Swedish
  windowEnd: string;
  groups: GroupDraft[];
}

/** A unit's school form, or its forms with the main one first. */
export type UnitForms = SchoolForm | readonly SchoolForm[];

/** A unit's forms for roundProblems: its main form first, then the others the register gives it. */
export const unitForms = (u: { schoolForm: SchoolForm; schoolForms?: readonly SchoolForm[] } | undefined): UnitForms | undefined =>
  u && [u.schoolForm, ...(u.schoolForms ?? [])];

const formList = (f: UnitForms): readonly SchoolForm[] => (typeof f === 'string' ? [f] : f);

/**
 * Checks a round as the organiser put it together. `formOf` gives each unit's school form(s).
 * Returns Swedish sentences; empty when the round holds.
 */
export function roundProblems(round: RoundDraft, formOf: (unitId: string) => UnitForms | undefined): string[] {
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
    const label = round.type.label.toLowerCase();
    if (isGroupedBySchoolForm(round.type)) {
      // One legal form (grundskola's grade spans are one); a unit with several forms fits a group of any of them.
      const unitForms = g.unitIds
        .map(formOf)
        .filter((f) => f !== undefined)
        .map(formList);
      const formsOfUnits = unitForms.map((f) => new Set(f.map(legalSchoolForm)));
      const shared = formsOfUnits.reduce<Set<LegalSchoolForm> | undefined>(
        (acc, f) => (acc ? new Set([...acc].filter((x) => f.has(x))) : f),
        undefined,
      );
      if (shared && shared.size === 0) {
        const mains = new Set(unitForms.map((f) => legalSchoolForm(f[0])));
        problems.push(`${name}: skolformer blandas inte i en ${label} (${[...mains].map((f) => LEGAL_SCHOOL_FORMS[f]).join(', ')}).`);
      }
      if (g.staffIds.length > 0) problems.push(`${name}: medarbetare bjuds in till en dialog per enhet, inte till ${label}en.`);
    } else if (round.type.grouping === 'unit' && g.unitIds.length > 1) {
      problems.push(`${name}: en ${label} gäller en enhet.`);
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

export function assertRound(round: RoundDraft, formOf: (unitId: string) => UnitForms | undefined): void {
  const problems = roundProblems(round, formOf);
  if (problems.length) throw new DomainError('DIALOGUE_GROUPS_INVALID', problems.join(' '), { problems });
}

/** Invitations go out only when every group has a time. */
export function assertReadyToInvite(groups: { name: string; start?: string }[]): void {
  const missing = groups.filter((g) => !g.start).map((g) => g.name);
  if (groups.length === 0) throw new DomainError('DIALOGUE_INCOMPLETE', 'Omgången har inga grupper att bjuda in.');
  if (missing.length) {
    throw new DomainError(
      'DIALOGUE_INCOMPLETE',
      `Ange tid för alla grupper innan inbjudningarna skickas. Saknar tid: ${missing.join(', ')}.`,
      { missing },
    );
  }
}

/** An answer can be given or changed until the meeting starts. */
export function assertCanAnswer(meetingStart: string | undefined, now: Date): void {
  if (meetingStart && new Date(meetingStart) <= now) {
    throw new DomainError(
      'DIALOGUE_ANSWER_CLOSED',
      'Dialogen har redan börjat, så svaret kan inte ändras. Kontakta huvudmannen om något har hänt.',
    );
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
  type: DialogueType,
  invitee: { role: InviteeRole; answer: Answer },
  units: { name: string; status: DocumentStatus | undefined }[],
): OutstandingWork | undefined {
  if (invitee.role === 'organiser' || invitee.answer === 'declined') return undefined;
  const brings = type.brings;
  const documents =
    brings && invitee.role === 'principal' ? units.filter((u) => !documentReady(brings.document, u.status)).map((u) => u.name) : [];
  const answer = invitee.answer === 'pending';
  return answer || documents.length ? { answer, documents } : undefined;
}

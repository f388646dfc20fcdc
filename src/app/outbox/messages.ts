/**
 * What the bot says proactively and in answer to card actions, as typed views. The use cases
 * fill them; bot/cards turn them into Adaptive Cards. No card JSON is built here.
 */
import type { Answer, DialogueKind } from '../../domain/dialogue';
import type { FollowUpStatus } from '../../domain/plan';

export interface Link {
  title: string;
  url: string;
}

export interface DialogueInvitationView {
  invitationId: string;
  dialogueKind: DialogueKind;
  /** "Förutsättningsdialog" */
  kindLabel: string;
  roundTitle: string;
  groupName: string;
  /** "tisdag 15 september 2026 kl. 09:00–11:00" */
  when: string;
  start: string;
  end: string;
  place: string;
  meetingUrl: string;
  /** Who else comes: principals with their units, organiser representatives. */
  participants: { name: string; detail: string }[];
  /** What to bring, with a link into the tab; absent for processdialog. */
  bring?: { text: string; links: Link[] };
  calendarUrl: string;
  answer: Answer;
  answerLabel: string;
  answerNote: string;
  /** False once the meeting has started. */
  canAnswer: boolean;
  /** Set on the card sent again after the time, place or link changed. */
  changeNote?: string;
}

export interface ReminderView {
  title: string;
  lines: string[];
  when?: string;
  links: Link[];
}

/** A check-in for one unit: every commitment of its ready plan still in progress, answered in one card. */
export interface CheckInView {
  checkInKey: string;
  unitId: string;
  unitName: string;
  schoolYear: string;
  commitments: {
    commitmentId: string;
    title: string;
    goalAreaLabel: string;
    latest?: { date: string; statusLabel: string; note: string };
  }[];
  statusChoices: { value: FollowUpStatus; title: string }[];
  planLink: Link;
}

/** A short answer: "Tack! Uppföljningen är sparad", or why something did not work. */
export interface NoticeView {
  title: string;
  text: string;
  facts?: { title: string; value: string }[];
  links?: Link[];
  tone?: 'good' | 'attention' | 'default';
}

/** Something happened to a person's document: returned, commented, answered, finalised or published. */
export interface DocumentNoticeView {
  /** "Åtagandeplan 2026/27 för Björkskolan har återsänts" */
  title: string;
  /** "Erik Lund återsände den till utkast med en kommentar." */
  what: string;
  byName: string;
  documentTitle: string;
  unitName: string;
  /** The comment's first words, when there is one. */
  comment: string;
  link: Link;
  tone: 'good' | 'attention' | 'default';
}

export type OutboundMessage =
  | { kind: 'dialogueInvitation'; view: DialogueInvitationView }
  | { kind: 'reminder'; view: ReminderView }
  | { kind: 'checkIn'; view: CheckInView }
  | { kind: 'notice'; view: NoticeView }
  | { kind: 'documentNotice'; view: DocumentNoticeView };

/** Links into the tab (Teams deep links) and to the calendar file, built where the config is. */
export interface AppLinks {
  /** kind 'annual' with the unit id 'organiser': the organiser's annual follow-up. */
  document(kind: 'plan' | 'report' | 'annual', unitId: string, schoolYear: string): string;
  calendar(token: string): string;
}

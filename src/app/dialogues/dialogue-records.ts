/** Dialogue rounds, groups and invitations as the store holds them, and the views built from them. */
import { z } from 'zod';
import { ANSWERS, INVITEE_ROLES, type Answer, type DialogueKind, type InviteeRole } from '../../domain/dialogue';
import type { DocumentStatus } from '../../domain/plan';
import type { OutboxState } from '../outbox/outbox-items';
import type { ListItem } from '../ports/list-store';

export interface DialogueGroup {
  id: string;
  name: string;
  schoolForm: string;
  unitIds: string[];
  staffIds: string[];
  start: string;
  end: string;
  place: string;
  meetingUrl: string;
  position: number;
  sequence: number;
  calendarEventId: string;
}

export interface DialogueRound {
  id: string;
  etag: string;
  schoolYear: string;
  kind: DialogueKind;
  kindLabel: string;
  title: string;
  windowStart: string;
  windowEnd: string;
  place: string;
  meetingUrl: string;
  organiserRepIds: string[];
  invitedAt: string;
  groups: DialogueGroup[];
  /** The round's groups, written or not: more than `groups` while a large round's are being written. */
  groupCount: number;
}

export interface Invitation {
  id: string;
  etag: string;
  roundId: string;
  groupId: string;
  personId: string;
  role: InviteeRole;
  unitIds: string[];
  answer: Answer;
  answerNote: string;
  answeredAt: string;
  calendarToken: string;
}

export interface GroupInput {
  name: string;
  unitIds: string[];
  staffIds?: string[];
  start?: string;
  end?: string;
  place?: string;
  meetingUrl?: string;
}

export interface RoundInput {
  kind: DialogueKind;
  schoolYear: string;
  title?: string;
  windowStart?: string;
  windowEnd?: string;
  place?: string;
  meetingUrl?: string;
  organiserRepIds?: string[];
  /** Omitted: the proposal by school form (without times). */
  groups?: GroupInput[];
}

export type RoundPatch = Partial<Omit<RoundInput, 'kind' | 'schoolYear'>>;

export const str = z
  .string()
  .nullable()
  .transform((v) => v ?? '');
// The schemas are made once: a zod object built per item costs more than the parse (zod 4 compiles
// each new object schema's fast path on its first parses).
const stringIds = z.array(z.string());
export const jsonIds = str.transform((v) => stringIds.parse(v ? JSON.parse(v) : []));
export const num = z
  .number()
  .nullable()
  .transform((v) => v ?? 0);

const groupFields = z.object({
  name: str,
  schoolForm: str,
  unitIds: jsonIds,
  staffIds: jsonIds,
  start: str,
  end: str,
  place: str,
  meetingUrl: str,
  position: num,
  sequence: num,
  calendarEventId: str,
});

export const toGroup = (i: ListItem): DialogueGroup => ({ id: i.id, ...groupFields.parse(i.fields) });

const invitationFields = z.object({
  roundId: z.string(),
  groupId: z.string(),
  personId: z.string(),
  role: z.enum(INVITEE_ROLES),
  unitIds: jsonIds,
  answer: z.enum(ANSWERS),
  answerNote: str,
  answeredAt: str,
  calendarToken: str,
});

export const toInvitation = (i: ListItem): Invitation => ({ id: i.id, etag: i.etag, ...invitationFields.parse(i.fields) });

export { isOrganiser } from '../../domain/access';
export const source = (roundId: string) => `round:${roundId}`;

export interface InvitationSummary {
  invitations: number;
  queued: number;
  alreadyQueued: number;
  /** People the bot cannot write to yet: they have not opened the app in Teams. */
  withoutConversation: { personId: string; displayName: string }[];
}

export interface AnswersOverview {
  round: DialogueRound;
  groups: {
    group: DialogueGroup;
    invitees: {
      invitationId: string;
      personId: string;
      displayName: string;
      role: InviteeRole;
      units: { unitId: string; name: string; documentStatus: DocumentStatus | null; documentStatusLabel: string }[];
      answer: Answer;
      answerLabel: string;
      answerNote: string;
      answeredAt: string;
      delivery: OutboxState | 'notQueued';
      deliveryProblem: string;
    }[];
  }[];
  counts: Record<Answer, number>;
}

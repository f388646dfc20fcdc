/** An outbox item as stored (the list `outbox`) and its kinds and states; the service is outbox.ts. */
import { z } from 'zod';
import type { ListItem } from '../ports/list-store';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'noReference', 'skipped'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_KINDS = [
  'dialogueInvitation',
  'dialogueReminder',
  'documentReminder',
  'checkIn',
  'notice',
  'surveyNotice',
  'documentNotice',
  // Work items: background work for the leader's drain, not messages (see WORK_KINDS).
  'dialogueGroupSetup',
  'dialogueGroupsWrite',
  'surveyRoundSetup',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * Kinds that are work for the leader rather than a message to a person: a dialogue group's
 * booking and invitations after the organiser sent the round (dialogue-invitations.ts), a large
 * round's groups after the organiser made or changed it (dialogue-group-writes.ts), a TLD
 * round's links and notices after it opened (survey-opening.ts). They are
 * claimed, retried and taken over like messages, so each is done once; the sender performs them
 * one at a time, paced by the Graph budget.
 */
export const WORK_KINDS: readonly OutboxKind[] = ['dialogueGroupSetup', 'dialogueGroupsWrite', 'surveyRoundSetup'];
export const isWorkKind = (kind: OutboxKind) => WORK_KINDS.includes(kind);

export interface OutboxItem {
  id: string;
  etag: string;
  dedupeKey: string;
  state: OutboxState;
  personId: string;
  source: string;
  kind: OutboxKind;
  payload: Record<string, unknown>;
  attempts: number;
  notBefore: string;
  claimedBy: string;
  claimedUntil: string;
  enqueuedAt: string;
  sentAt: string;
  activityId: string;
  failureReason: string;
  lastError: string;
  inDoubt: boolean;
}

export interface NewOutboxItem {
  /** Idempotency: the same key is one message, however often it is enqueued. */
  key: string;
  personId: string;
  kind: OutboxKind;
  payload: Record<string, unknown>;
  source: string;
  notBefore?: Date;
}

const opt = z
  .string()
  .nullable()
  .transform((v) => v ?? '');
const itemFields = z.object({
  dedupeKey: z.string(),
  state: z.enum(OUTBOX_STATES),
  personId: z.string(),
  source: opt,
  kind: z.enum(OUTBOX_KINDS),
  payload: opt.transform((v) => (v ? (JSON.parse(v) as Record<string, unknown>) : {})),
  attempts: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  notBefore: opt,
  claimedBy: opt,
  claimedUntil: opt,
  enqueuedAt: opt,
  sentAt: opt,
  activityId: opt,
  failureReason: opt,
  lastError: opt,
  inDoubt: z.boolean().nullable().transform(Boolean),
});

export const toOutboxItem = (i: ListItem): OutboxItem => ({ id: i.id, etag: i.etag, ...itemFields.parse(i.fields) });

import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { DialogueAnswer, DialogueKind, DialogueRound, DialogueType, InvitationSummary, RoundInput } from '../../api/organiser-types';
import { useAsync } from '../../shared/hooks/use-async';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';

/** The dialogue types in effect in the organiser's process, as the server says (none until it has answered). */
export function useDialogueTypes(): DialogueType[] {
  const api = useOrganiserApi();
  const wheel = useAsync(() => api.yearWheel(), [api]);
  return wheel.data?.dialogueTypes ?? [];
}

/** How often the rounds are read again while a round's groups are still being written. */
const WRITING_POLL_MS = 3000;

/** Whether some of the round's groups are still being written (the server writes a large round's in the background). */
export const groupsWriting = (round: DialogueRound) => round.groups.length < round.groupCount;

/** The school year's dialogue rounds (organiser), creating one, and sending its invitations. */
export function useDialogueRounds(schoolYear: string) {
  const api = useOrganiserApi();
  const rounds = useAsync(() => api.dialogues(schoolYear), [api, schoolYear]);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<Record<string, InvitationSummary>>({});
  const { reload } = rounds;
  // The list stays on screen while it is read again (an opened answers panel stays open).
  const last = useRef<DialogueRound[] | undefined>(undefined);
  if (rounds.data) last.current = rounds.data;
  const list = rounds.data ?? last.current;
  // A large round's groups are written in the background (a group per unit): read again until they all exist.
  const writing = (list ?? []).some(groupsWriting);
  useEffect(() => {
    if (!writing || rounds.status === 'loading') return;
    const timer = setTimeout(reload, WRITING_POLL_MS);
    return () => clearTimeout(timer);
  }, [writing, rounds.status, reload]);

  const create = useCallback(
    async (input: RoundInput): Promise<ApiError | null> => {
      try {
        await api.createDialogue(input);
        reload();
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [api, reload],
  );

  const invite = useCallback(
    async (roundId: string) => {
      setError(null);
      try {
        const summary = await api.sendInvitations(roundId);
        setSent((s) => ({ ...s, [roundId]: summary }));
        reload();
      } catch (e) {
        setError(toApiError(e));
      }
    },
    [api, reload],
  );

  return { rounds, list, create, invite, sent, error, dismiss: () => setError(null) };
}

/** The proposed groups for a kind of dialogue: 3–4 principals of one school form, or one unit with staff. */
export function useDialogueProposal(schoolYear: string, kind: DialogueKind | null) {
  const api = useOrganiserApi();
  return useAsync(async () => (kind ? api.dialogueProposal(schoolYear, kind) : null), [api, schoolYear, kind]);
}

/** Who answered what, whose documents are ready, and whom the bot could not reach. */
export function useDialogueAnswers(roundId: string, revision = 0) {
  const api = useOrganiserApi();
  return useAsync(async () => {
    const [answers, outbox] = await Promise.all([api.dialogueAnswers(roundId), api.outbox(`round:${roundId}`)]);
    return { answers, outbox };
  }, [api, roundId, revision]);
}

/** The person's own invitations, answered here as in the card. */
export function useMyInvitations() {
  const api = useOrganiserApi();
  const invitations = useAsync(() => api.myInvitations(), [api]);
  const { reload } = invitations;
  const answer = useCallback(
    async (invitationId: string, value: Exclude<DialogueAnswer, 'pending'>, note?: string): Promise<ApiError | null> => {
      try {
        await api.answerInvitation(invitationId, value, note);
        reload();
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [api, reload],
  );
  return { invitations, answer };
}

/** A unit's dialogue notes for the year, and writing one. */
export function useDialogueNotes(unitId: string, schoolYear: string) {
  const api = useOrganiserApi();
  const notes = useAsync(() => api.dialogueNotes(unitId, schoolYear), [api, unitId, schoolYear]);
  const { reload } = notes;
  const add = useCallback(
    async (kind: DialogueKind, body: string): Promise<ApiError | null> => {
      try {
        await api.addDialogueNote(unitId, schoolYear, { kind, body });
        reload();
        return null;
      } catch (e) {
        return toApiError(e);
      }
    },
    [api, unitId, schoolYear, reload],
  );
  return { notes, add };
}

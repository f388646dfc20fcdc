/**
 * The way back from a unit's plan to the dialogue: every follow-up or commitment draft an agreed
 * action of a meeting note became, with the note it came from (read from the notes' actions, where
 * the link is kept). The plan page shows "Dialoganteckningen" beside such a follow-up.
 */
import { z } from 'zod';
import { canReadUnit } from '../../domain/access';
import { forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import { MEETING_TAB, type MeetingPlanLink } from '../../contract/meetings';
import { queryAll, type ListStore } from '../ports/list-store';

const linked = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    link: z.object({ kind: z.enum(['followUp', 'commitment']), commitmentId: z.string(), followUpId: z.string() }).nullable(),
  }),
);

export class MeetingPlanLinks {
  constructor(private readonly store: ListStore) {}

  /** The unit's meeting notes of the year and what their actions became, for whoever may read the unit. */
  async forPlan(actor: Actor, unitId: string, schoolYear: string): Promise<MeetingPlanLink[]> {
    if (!canReadUnit(actor, unitId)) throw forbidden('Du kan inte läsa den här enhetens dokument.');
    const out: MeetingPlanLink[] = [];
    for (const note of await queryAll(this.store, 'dialogueNotes', { unitId, schoolYear: parseSchoolYear(schoolYear) })) {
      const roundId = String(note.fields.roundId ?? '');
      const groupId = String(note.fields.groupId ?? '');
      if (!groupId) continue; // a note written after the meeting, not in it
      let actions: z.infer<typeof linked> = [];
      try {
        actions = linked.parse(JSON.parse(String(note.fields.actions || '[]')));
      } catch {
        actions = [];
      }
      for (const a of actions) {
        if (!a.link) continue;
        out.push({
          kind: a.link.kind,
          commitmentId: a.link.commitmentId,
          followUpId: a.link.followUpId,
          actionId: a.id,
          actionText: a.text,
          noteId: note.id,
          roundId,
          groupId,
          url: `${MEETING_TAB.contentPath(roundId, groupId).replace('inTeams=1&', '')}&unitId=${encodeURIComponent(unitId)}`,
        });
      }
    }
    return out;
  }
}

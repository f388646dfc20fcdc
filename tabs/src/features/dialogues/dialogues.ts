/** Dialogue words the tab shows: the default dialogue types, answers, and whether a card arrived. */
import { swedishLocalToIso } from '../../lib/dates';
import type { DeliveryState, DialogueAnswer, DialogueGroup, GroupInput, ProposedGroup } from '../../api/organiser-types';

export const ANSWER_STATUS_LABELS: Record<DialogueAnswer, string> = {
  pending: 'Inte svarat',
  accepted: 'Tackat ja',
  declined: 'Tackat nej',
  otherTime: 'Önskar annan tid',
};

export const ANSWER_COLORS = { pending: 'warning', accepted: 'success', declined: 'danger', otherTime: 'informative' } as const;

export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  notQueued: 'Inte skickad',
  pending: 'I kö',
  sending: 'Skickas',
  sent: 'Levererad',
  failed: 'Kom inte fram',
  noReference: 'Boten når inte personen',
  skipped: 'Hoppades över',
};

/**
 * A group as the form edits it: the proposal's units and staff, and a time, place and link of its
 * own (start and end as datetime-local values, in the person's Swedish time).
 */
export type GroupDraft = Pick<DialogueGroup, 'name' | 'unitIds' | 'staffIds' | 'start' | 'end' | 'place' | 'meetingUrl'>;

export const draftOf = (g: ProposedGroup): GroupDraft => ({
  name: g.name,
  unitIds: g.unitIds,
  staffIds: g.staffIds,
  start: '',
  end: '',
  place: '',
  meetingUrl: '',
});

/** The group as the API takes it: times as instants with their offset, empty fields left out. */
export function groupInput(g: GroupDraft): GroupInput {
  const instant = (local: string) => (local ? swedishLocalToIso(local) : undefined);
  return {
    name: g.name.trim(),
    unitIds: g.unitIds,
    ...(g.staffIds.length ? { staffIds: g.staffIds } : {}),
    ...(g.start ? { start: instant(g.start) } : {}),
    ...(g.end ? { end: instant(g.end) } : {}),
    ...(g.place.trim() ? { place: g.place.trim() } : {}),
    ...(g.meetingUrl.trim() ? { meetingUrl: g.meetingUrl.trim() } : {}),
  };
}

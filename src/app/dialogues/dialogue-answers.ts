/** The organiser's answers overview: every invitee's answer, their documents' status, and whether the card reached them. */
import { ANSWER_STATUS_LABELS, ANSWERS, type Answer } from '../../domain/dialogue';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import type { Actor } from '../../domain/identity';
import type { OutboxItem } from '../outbox/outbox-items';
import { queryAll } from '../ports/list-store';
import type { DialogueCore, DialogueDeps } from './dialogue-core';
import { source, toInvitation, type AnswersOverview } from './dialogue-records';

export class DialogueAnswers {
  constructor(
    private readonly d: DialogueDeps,
    private readonly core: DialogueCore,
  ) {}

  async answers(actor: Actor, roundId: string): Promise<AnswersOverview> {
    this.core.assertOrganiser(actor);
    const round = await this.core.round(roundId);
    const invitations = (await queryAll(this.d.store, 'dialogueInvitations', { roundId })).map(toInvitation);
    const units = new Map((await this.d.directory.allUnits()).map((u) => [u.id, u]));
    const deliveries = new Map<string, OutboxItem>();
    for (const item of await this.d.outbox.statesBySource(source(roundId))) {
      if (item.kind === 'dialogueInvitation') deliveries.set(String(item.payload.invitationId), item);
    }
    const counts = Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<Answer, number>;
    const type = await this.core.typeOf(round.kind);
    const brings = type.brings;
    const groups = [];
    for (const group of round.groups) {
      const invitees = [];
      for (const inv of invitations.filter((i) => i.groupId === group.id)) {
        counts[inv.answer] += 1;
        const person = await this.d.directory.person(inv.personId);
        const unitRows = [];
        for (const unitId of inv.unitIds) {
          const status = brings ? await this.core.documentStatus(brings.document, unitId, round.schoolYear) : undefined;
          unitRows.push({
            unitId,
            name: units.get(unitId)?.name ?? unitId,
            documentStatus: status ?? null,
            documentStatusLabel: brings ? (status ? DOCUMENT_STATUS_LABELS[status] : 'Inte påbörjad') : '',
          });
        }
        const delivery = deliveries.get(inv.id);
        invitees.push({
          invitationId: inv.id,
          personId: inv.personId,
          displayName: person?.displayName ?? inv.personId,
          role: inv.role,
          units: unitRows,
          answer: inv.answer,
          answerLabel: ANSWER_STATUS_LABELS[inv.answer],
          answerNote: inv.answerNote,
          answeredAt: inv.answeredAt,
          delivery: delivery?.state ?? ('notQueued' as const),
          deliveryProblem: delivery && (delivery.state === 'failed' || delivery.state === 'noReference') ? delivery.lastError : '',
        });
      }
      groups.push({ group, invitees });
    }
    return { round, groups, counts };
  }
}

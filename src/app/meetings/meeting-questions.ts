/**
 * The organiser's questions, prepared per group before the meeting and shown in its meeting view.
 * Kept on the group's meeting record with their own revision (so attendance marks on the same record
 * do not make a questions write stale); If-Match carries "q<rev>".
 */
import { z } from 'zod';
import { DomainError, forbidden } from '../../domain/errors';
import type { MeetingQuestions as MeetingQuestionsView, MeetingQuestionsInput } from '../../contract/meetings';
import type { MeetingContext } from './meeting-context';
import type { MeetingSetup } from './meeting-setup';
import { ConflictError, type ListItem, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';

const questionsSchema = z.array(z.object({ id: z.string(), text: z.string(), unitId: z.string() }));
const etagOf = (rev: number) => `q${rev}`;

export class MeetingQuestions {
  constructor(
    private readonly store: ListStore,
    private readonly setup: MeetingSetup,
    private readonly secrets: Secrets,
  ) {}

  async get(ctx: MeetingContext): Promise<MeetingQuestionsView> {
    return this.view(ctx, await this.setup.record(ctx.group.id));
  }

  async write(ctx: MeetingContext, ifMatch: string | undefined, input: MeetingQuestionsInput): Promise<MeetingQuestionsView> {
    if (!ctx.rights.canEditQuestions) throw forbidden('Bara huvudmannanivån förbereder frågor till dialogen.');
    for (const q of input.questions) {
      if (q.unitId && !ctx.group.unitIds.includes(q.unitId))
        throw new DomainError('VALIDATION_FAILED', 'En fråga gäller en enhet som inte är med i gruppen.');
    }
    const questions = input.questions.map((q) => ({
      id: q.id ?? this.secrets.newCode().replace(/[^A-Za-z0-9-]/g, ''),
      text: q.text.trim(),
      unitId: q.unitId ?? '',
    }));
    for (let attempt = 0; ; attempt++) {
      const record = await this.setup.ensureRecord(ctx.round.id, ctx.group.id, ctx.actor);
      const rev = Number(record.fields.questionsRev ?? 0);
      // The first write goes without If-Match (etag ''); every later one names the revision it saw.
      if ((ifMatch ?? '') !== (rev === 0 ? '' : etagOf(rev))) {
        throw new DomainError('CONFLICT', 'Någon annan har ändrat frågorna sedan du öppnade dem. Ladda om och gör din ändring igen.');
      }
      try {
        const saved = await this.store.update(
          'dialogueMeetings',
          record.id,
          { questions: JSON.stringify(questions), questionsRev: rev + 1, modifiedById: ctx.actor.userId },
          { ifMatch: record.etag },
        );
        return this.view(ctx, saved);
      } catch (e) {
        // The record changed under us (perhaps only attendance): read it again; the revision decides.
        if (!(e instanceof ConflictError) || attempt >= 3) throw e;
      }
    }
  }

  private view(ctx: MeetingContext, record: ListItem | undefined): MeetingQuestionsView {
    const rev = Number(record?.fields.questionsRev ?? 0);
    let questions: z.infer<typeof questionsSchema> = [];
    try {
      questions = questionsSchema.parse(JSON.parse(String(record?.fields.questions || '[]')));
    } catch {
      questions = [];
    }
    return {
      etag: rev === 0 ? '' : etagOf(rev),
      questions,
      modified: rev === 0 ? '' : (record?.modified ?? ''),
      canEdit: ctx.rights.canEditQuestions,
    };
  }
}

/**
 * Notes from a dialogue, kept with the unit's documents of that school year: written by the
 * organiser level or the unit's principal, read by everyone who reads the unit.
 */
import { canEditUnitDocuments, canReadUnit, isOrganiser } from '../../domain/access';
import { dialogueType, type DialogueKind, type DialogueType } from '../../domain/dialogue';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type ListItem, type ListStore } from '../ports/list-store';

export interface DialogueNote {
  id: string;
  etag: string;
  unitId: string;
  schoolYear: string;
  kind: DialogueKind;
  kindLabel: string;
  roundId: string;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  modified: string;
  canEdit: boolean;
}

export class DialogueNotes {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly clock: Clock,
    /** The configured dialogue types (the year wheel's), for their names. */
    private readonly dialogueTypes: () => Promise<DialogueType[]>,
  ) {}

  async list(actor: Actor, unitId: string, schoolYear: string): Promise<DialogueNote[]> {
    await this.directory.unit(unitId);
    if (!canReadUnit(actor, unitId)) throw forbidden('Du har inte behörighet till den här enheten.');
    const year = parseSchoolYear(schoolYear);
    const items = await queryAll(this.store, 'dialogueNotes', { unitId, schoolYear: year });
    const types = await this.dialogueTypes();
    return items.map((i) => this.toNote(i, actor, types)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async add(
    actor: Actor,
    unitId: string,
    schoolYear: string,
    input: { kind: DialogueKind; body: string; roundId?: string },
  ): Promise<DialogueNote> {
    await this.directory.unit(unitId);
    this.assertCanWrite(actor, unitId);
    const body = input.body.trim();
    if (!body) throw new DomainError('VALIDATION_FAILED', 'Anteckningen måste fyllas i.');
    dialogueType(await this.dialogueTypes(), input.kind); // an unknown kind is refused with a clear message
    const item = await this.store.create('dialogueNotes', {
      unitId,
      schoolYear: parseSchoolYear(schoolYear),
      kind: input.kind,
      roundId: input.roundId ?? '',
      body,
      authorId: actor.userId,
      authorName: actor.displayName,
      createdAt: this.clock.now().toISOString(),
      modifiedById: actor.userId,
    });
    return this.toNote(item, actor, await this.dialogueTypes());
  }

  async update(actor: Actor, unitId: string, noteId: string, ifMatch: string, body: string): Promise<DialogueNote> {
    const item = await this.store.get('dialogueNotes', noteId);
    if (!item || item.fields.unitId !== unitId) throw notFound('Anteckningen');
    const types = await this.dialogueTypes();
    const note = this.toNote(item, actor, types);
    if (!note.canEdit) throw forbidden('Bara den som skrev anteckningen, eller huvudmannanivån, kan ändra den.');
    if (!body.trim()) throw new DomainError('VALIDATION_FAILED', 'Anteckningen måste fyllas i.');
    try {
      return this.toNote(
        await this.store.update('dialogueNotes', noteId, { body: body.trim(), modifiedById: actor.userId }, { ifMatch }),
        actor,
        types,
      );
    } catch (e) {
      if (e instanceof ConflictError)
        throw new DomainError('CONFLICT', 'Någon annan har ändrat anteckningen sedan du öppnade den. Ladda om och gör din ändring igen.');
      throw e;
    }
  }

  private assertCanWrite(actor: Actor, unitId: string) {
    if (!isOrganiser(actor) && !canEditUnitDocuments(actor, unitId))
      throw forbidden('Bara huvudmannanivån och enhetens rektor skriver dialoganteckningar.');
  }

  private toNote(i: ListItem, actor: Actor, types: DialogueType[]): DialogueNote {
    const kind: DialogueKind = String(i.fields.kind ?? '');
    const authorId = String(i.fields.authorId ?? '');
    return {
      id: i.id,
      etag: i.etag,
      unitId: String(i.fields.unitId),
      schoolYear: String(i.fields.schoolYear),
      kind,
      kindLabel: types.find((t) => t.key === kind)?.label ?? kind,
      roundId: String(i.fields.roundId ?? ''),
      body: String(i.fields.body ?? ''),
      authorId,
      authorName: String(i.fields.authorName ?? ''),
      createdAt: String(i.fields.createdAt ?? ''),
      modified: i.modified,
      canEdit: authorId === actor.userId || isOrganiser(actor),
    };
  }
}

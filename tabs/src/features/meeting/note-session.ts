import type { ListEntry } from '../../api/types';
import type { MeetingApi } from '../../api/meeting-api';
import type { MeetingNote, SuccessFactorCatalogue, SuccessFactorCode } from '../../api/meeting-types';
import { DocumentSession, type FieldAdapter, type FieldValue } from '../../shared/document/document-session';
import { newActionId } from './meeting-texts';

/** A unit's meeting note as the editor's fields: the text, the success factors and the agreed actions. */
export type NoteField = 'body' | 'successFactors' | 'actions';

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');
const list = (v: FieldValue | undefined) => (Array.isArray(v) ? v : []);

/** Tags as their labels (the meeting view's catalogue), so a merge shows words, not codes. */
export const factorEntries = (catalogue: SuccessFactorCatalogue, codes: SuccessFactorCode[]): ListEntry[] =>
  codes.map((c) => ({ text: catalogue.find((f) => f.key === c)?.label ?? c }));

/**
 * The note's fields, read and written whole: a PUT carries every field, the changed ones from the
 * drafts and the others as in the version written on top of. An action keeps its id by its text.
 */
export function noteFields(
  api: MeetingApi,
  unitId: string,
  current: () => MeetingNote,
  catalogue: SuccessFactorCatalogue,
): FieldAdapter<MeetingNote> {
  const codeOf = (label: string) => catalogue.find((f) => f.label === label)?.key;
  // The same note reads as the same lists: React's external store compares snapshots by identity.
  const lists = new WeakMap<MeetingNote, { successFactors: ListEntry[]; actions: ListEntry[] }>();
  const listsOf = (note: MeetingNote) => {
    let found = lists.get(note);
    if (!found)
      lists.set(
        note,
        (found = { successFactors: factorEntries(catalogue, note.successFactors), actions: note.actions.map((a) => ({ text: a.text })) }),
      );
    return found;
  };
  return {
    read(note, key) {
      if (key === 'body') return note.body;
      return key === 'successFactors' ? listsOf(note).successFactors : listsOf(note).actions;
    },
    write(etag, changed) {
      const base = current();
      const value = (key: NoteField, fallback: FieldValue) => changed.find((f) => f.key === key)?.value ?? fallback;
      const factors = list(value('successFactors', factorEntries(catalogue, base.successFactors)))
        .map((e) => codeOf(e.text))
        .filter((c): c is SuccessFactorCode => !!c);
      const actions = list(
        value(
          'actions',
          base.actions.map((a) => ({ text: a.text })),
        ),
      )
        .map((e) => e.text.trim())
        .filter((t, i, all) => t && all.indexOf(t) === i)
        .map((t) => ({ id: base.actions.find((a) => a.text === t)?.id ?? newActionId(), text: t }));
      return api.writeNote(unitId, etag, { body: text(value('body', base.body)), successFactors: [...new Set(factors)], actions });
    },
  };
}

export function noteSession(api: MeetingApi, note: MeetingNote, catalogue: SuccessFactorCatalogue): DocumentSession<MeetingNote> {
  const session: DocumentSession<MeetingNote> = new DocumentSession(
    note,
    noteFields(api, note.unitId, () => session.doc, catalogue),
    { debounceMs: 800 },
  );
  return session;
}

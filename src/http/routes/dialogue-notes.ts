import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { DialogueNote, DialogueNotes, NoteBody, NoteParams, NotePatch, NotesParams } from '../../contract/dialogues';

const tag = 'dialoger';
const BASE = '/api/units/:unitId/dialogue-notes/:schoolYear';

/** What these routes use, and nothing else. */
export type DialogueNoteRouteServices = Pick<HttpServices, 'dialogueNotes'>;

/** Dialogue notes, kept with the unit's documents of the year. */
export function dialogueNoteRoutes(s: DialogueNoteRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: BASE,
      response: DialogueNotes,
      summary: 'Enhetens dialoganteckningar för läsåret',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: NotesParams,
      handler: async (ctx) => ({ body: await s.dialogueNotes.list(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'post',
      path: BASE,
      response: DialogueNote,
      summary: 'Skriv en dialoganteckning (huvudmannanivån eller enhetens rektor)',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: NotesParams,
      body: NoteBody,
      handler: async (ctx) => {
        const note = await s.dialogueNotes.add(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear, ctx.body);
        return { status: 201, headers: { ETag: note.etag }, body: note };
      },
    }),
    route({
      method: 'patch',
      path: `${BASE}/:noteId`,
      response: DialogueNote,
      summary: 'Ändra en dialoganteckning (den som skrev den, eller huvudmannanivån)',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: NoteParams,
      body: NotePatch,
      ifMatch: true,
      errors: { 409: 'Ändrad av någon annan', 428: 'If-Match saknas' },
      handler: async (ctx) => {
        const note = await s.dialogueNotes.update(requireActor(ctx), ctx.params.unitId, ctx.params.noteId, ctx.ifMatch, ctx.body.body);
        return { headers: { ETag: note.etag }, body: note };
      },
    }),
  ];
}

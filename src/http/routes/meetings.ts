import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { DialogueRound } from '../../contract/dialogues';
import {
  AttendanceMarkBody,
  GroupPatch,
  MEETING_PATHS as P,
  MeetingActionBody,
  MeetingActionParams,
  MeetingActionResult,
  MeetingAttendance,
  MeetingNote,
  MeetingNoteBody,
  MeetingNotes,
  MeetingParams,
  MeetingPersonParams,
  MeetingPlanLinkParams,
  MeetingPlanLinks,
  MeetingQuestions,
  MeetingQuestionsBody,
  MeetingStaff,
  MeetingStaffBody,
  MeetingUnitParams,
  MeetingView,
  MyDialogueMeetings,
} from '../../contract/meetings';
import { MyDialogueMeetingsQuery } from '../../contract/my-meetings';
import { DomainError } from '../../domain/errors';

const tag = 'dialogmöten';
// Every meeting call checks in the use case that the caller takes part in the group's meeting.
const participant = { kind: 'authenticated' } as const;

/** What these routes use, and nothing else. */
export type MeetingRouteServices = Pick<HttpServices, 'meetings'>;

/** A dialogue group's Teams meeting: its view, notes written together, questions, attendance, process staff. */
export function meetingRoutes(s: MeetingRouteServices): Route[] {
  const m = s.meetings;
  return [
    route({
      method: 'patch',
      path: P.group,
      response: DialogueRound,
      summary: 'Ändra en grupps tid, plats eller länk, också efter utskicket: Outlook-händelsen uppdateras och alla får ett nytt kort',
      tag,
      policy: { kind: 'appRole', roles: ['organiser'] },
      params: MeetingParams,
      body: GroupPatch,
      ifMatch: true,
      errors: { 409: 'Ändrad av någon annan', 422: 'Tiden håller inte (DIALOGUE_GROUPS_INVALID)', 428: 'If-Match saknas' },
      handler: async (ctx) => {
        const round = await m.changeGroup(requireActor(ctx), ctx.params.roundId, ctx.params.groupId, ctx.ifMatch, ctx.body);
        return { headers: { ETag: round.etag }, body: round };
      },
    }),
    route({
      method: 'get',
      path: P.mine,
      response: MyDialogueMeetings,
      summary: 'Mina dialogmöten (?chatId= mötets chatt)',
      tag,
      policy: participant,
      handler: async (ctx) => {
        const query = MyDialogueMeetingsQuery.safeParse({ chatId: ctx.query.chatId || undefined });
        if (!query.success) throw new DomainError('VALIDATION_FAILED', query.error.issues[0]?.message ?? 'Frågan har fel format.');
        return { body: await m.mine(requireActor(ctx), query.data.chatId) };
      },
    }),
    route({
      method: 'get',
      path: P.planLinks,
      response: MeetingPlanLinks,
      summary: 'Vad de överenskomna åtgärderna i enhetens mötesanteckningar blev i årets åtagandeplan, med länk tillbaka till anteckningen',
      tag,
      policy: { kind: 'unit', access: 'read' },
      params: MeetingPlanLinkParams,
      handler: async (ctx) => ({ body: await m.planLinks(requireActor(ctx), ctx.params.unitId, ctx.params.schoolYear) }),
    }),
    route({
      method: 'get',
      path: P.view,
      response: MeetingView,
      summary: 'Dialogmötets vy: enheterna, att ta med, dokumenten med ändringar, TLD, nyckeltal, frågor',
      tag,
      policy: participant,
      params: MeetingParams,
      handler: async (ctx) => ({ body: await m.view(requireActor(ctx), ctx.params.roundId, ctx.params.groupId) }),
    }),
    route({
      method: 'get',
      path: P.notes,
      response: MeetingNotes,
      summary: 'Mötets anteckningar, en per enhet',
      tag,
      policy: participant,
      params: MeetingParams,
      handler: async (ctx) => ({ body: await m.notes(requireActor(ctx), ctx.params.roundId, ctx.params.groupId) }),
    }),
    route({
      method: 'put',
      path: P.note,
      response: MeetingNote,
      summary: 'Skriv en enhets anteckning (första gången utan If-Match, sedan med anteckningens ETag); 409 med anteckningen som den är nu',
      tag,
      policy: participant,
      params: MeetingUnitParams,
      body: MeetingNoteBody,
      errors: { 409: 'Någon annan skrev samtidigt: svaret har current' },
      handler: async (ctx) => {
        const note = await m.writeNote(requireActor(ctx), ctx.params.roundId, ctx.params.groupId, ctx.params.unitId, ctx.ifMatch, ctx.body);
        return { headers: { ETag: note.etag }, body: note };
      },
    }),
    route({
      method: 'post',
      path: P.action,
      response: MeetingActionResult,
      summary: 'För in en överenskommen åtgärd i enhetens åtagandeplan: som uppföljning eller nytt åtagande (idempotent)',
      tag,
      policy: participant,
      params: MeetingActionParams,
      body: MeetingActionBody,
      handler: async (ctx) => {
        const result = await m.convertAction(
          requireActor(ctx),
          ctx.params.roundId,
          ctx.params.groupId,
          ctx.params.unitId,
          ctx.params.actionId,
          ctx.body,
        );
        return { status: result.created ? 201 : 200, body: result };
      },
    }),
    route({
      method: 'put',
      path: P.questions,
      response: MeetingQuestions,
      summary: 'Huvudmannens förberedda frågor till gruppen (If-Match efter första gången)',
      tag,
      policy: participant,
      params: MeetingParams,
      body: MeetingQuestionsBody,
      errors: { 409: 'Ändrade av någon annan' },
      handler: async (ctx) => {
        const q = await m.writeQuestions(requireActor(ctx), ctx.params.roundId, ctx.params.groupId, ctx.ifMatch, ctx.body);
        return { headers: { ETag: q.etag }, body: q };
      },
    }),
    route({
      method: 'get',
      path: P.attendance,
      response: MeetingAttendance,
      summary: 'Vilka som kom',
      tag,
      policy: participant,
      params: MeetingParams,
      handler: async (ctx) => ({ body: await m.attendance(requireActor(ctx), ctx.params.roundId, ctx.params.groupId) }),
    }),
    route({
      method: 'post',
      path: P.attendanceRefresh,
      response: MeetingAttendance,
      summary: 'Hämta närvaron från Teams närvarorapport',
      tag,
      policy: participant,
      params: MeetingParams,
      handler: async (ctx) => ({ body: await m.refreshAttendance(requireActor(ctx), ctx.params.roundId, ctx.params.groupId) }),
    }),
    route({
      method: 'put',
      path: P.attendancePerson,
      response: MeetingAttendance,
      summary: 'Markera en deltagare som närvarande eller inte',
      tag,
      policy: participant,
      params: MeetingPersonParams,
      body: AttendanceMarkBody,
      handler: async (ctx) => ({
        body: await m.markAttendance(requireActor(ctx), ctx.params.roundId, ctx.params.groupId, ctx.params.personId, ctx.body.present),
      }),
    }),
    route({
      method: 'get',
      path: P.staff,
      response: MeetingStaff,
      summary: 'Processdialogens medarbetare: inbjudna och vilka som kan väljas',
      tag,
      policy: participant,
      params: MeetingParams,
      handler: async (ctx) => ({ body: await m.staff(requireActor(ctx), ctx.params.roundId, ctx.params.groupId) }),
    }),
    route({
      method: 'put',
      path: P.staff,
      response: MeetingStaff,
      summary: 'Rektorn väljer vilka medarbetare som bjuds in till processdialogen',
      tag,
      policy: participant,
      params: MeetingParams,
      body: MeetingStaffBody,
      handler: async (ctx) => ({ body: await m.pickStaff(requireActor(ctx), ctx.params.roundId, ctx.params.groupId, ctx.body.staffIds) }),
    }),
  ];
}

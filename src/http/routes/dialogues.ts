import { parseSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import { requireActor } from '../auth';
import { route, type AccessPolicy, type Route } from '../route';
import type { HttpServices } from '../services';
import {
  AnswerBody,
  AnswersOverview,
  DialogueInvitationView,
  DialogueInvitationViews,
  DialogueKindSchema,
  DialogueProposal,
  DialogueRound as DialogueRoundSchema,
  DialogueRoundParams as RoundParams,
  DialogueRounds,
  InvitationParams,
  InvitationSummary,
  ProposalParams,
  RoundBody,
  RoundPatch,
  TokenParams,
} from '../../contract/dialogues';

const tag = 'dialoger';
/** A round's body with a group per unit of a large municipality (MAX_GROUPS groups with times, staff and links). */
const ROUND_BODY_BYTES = 1024 * 1024;
const organiser: AccessPolicy = { kind: 'appRole', roles: ['organiser'] };

function ics(file: { filename: string; ics: string }) {
  return {
    file: Buffer.from(file.ics, 'utf8'),
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  };
}

/** What these routes use, and nothing else. */
export type DialogueRouteServices = Pick<HttpServices, 'clock' | 'dialogues' | 'meetings'>;

export function dialogueRoutes(s: DialogueRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/dialogues/proposal/:schoolYear',
      response: DialogueProposal,
      summary:
        'Förslag på grupper: 3–4 rektorer av samma skolform (förutsättnings- och resultatdialog), en enhet med medarbetare (processdialog). ?kind=conditions|process|results',
      tag,
      policy: organiser,
      params: ProposalParams,
      handler: async (ctx) => {
        const kind = DialogueKindSchema.catch('conditions').parse(ctx.query.kind);
        return { body: await s.dialogues.propose(requireActor(ctx), kind, ctx.params.schoolYear) };
      },
    }),
    route({
      method: 'get',
      path: '/api/dialogues',
      response: DialogueRounds,
      summary: 'Läsårets dialogomgångar (?schoolYear=2026-27)',
      tag,
      policy: organiser,
      handler: async (ctx) => {
        const year = ctx.query.schoolYear ? parseSchoolYear(ctx.query.schoolYear) : schoolYearOfDay(s.clock.today());
        return { body: await s.dialogues.list(requireActor(ctx), year) };
      },
    }),
    route({
      method: 'post',
      path: '/api/dialogues',
      response: DialogueRoundSchema,
      summary:
        'Skapa en dialogomgång: typ, period, grupper (utelämnade: förslaget per skolform), tider, plats eller Teams-länk, huvudmannens representanter',
      tag,
      policy: organiser,
      body: RoundBody,
      maxBodyBytes: ROUND_BODY_BYTES,
      errors: { 422: 'Grupperna håller inte (DIALOGUE_GROUPS_INVALID): skolformer blandade, tid utanför perioden m.m.' },
      handler: async (ctx) => {
        const round = await s.dialogues.create(requireActor(ctx), ctx.body);
        return { status: 201, headers: { ETag: round.etag, Location: `/api/dialogues/${round.id}` }, body: round };
      },
    }),
    route({
      method: 'get',
      path: '/api/dialogues/:roundId',
      response: DialogueRoundSchema,
      summary: 'En dialogomgång med grupper, med ETag',
      tag,
      policy: organiser,
      params: RoundParams,
      handler: async (ctx) => {
        const round = await s.dialogues.get(requireActor(ctx), ctx.params.roundId);
        return { headers: { ETag: round.etag }, body: round };
      },
    }),
    route({
      method: 'patch',
      path: '/api/dialogues/:roundId',
      response: DialogueRoundSchema,
      summary: 'Ändra en dialogomgång (grupperna bara innan inbjudningarna gått ut)',
      tag,
      policy: organiser,
      params: RoundParams,
      body: RoundPatch,
      maxBodyBytes: ROUND_BODY_BYTES,
      ifMatch: true,
      errors: {
        409: 'Ändrad av någon annan, eller grupperna skapas fortfarande (DIALOGUE_GROUPS_PENDING)',
        422: 'Grupperna håller inte',
        428: 'If-Match saknas',
      },
      handler: async (ctx) => {
        const round = await s.dialogues.update(requireActor(ctx), ctx.params.roundId, ctx.ifMatch, ctx.body);
        return { headers: { ETag: round.etag }, body: round };
      },
    }),
    route({
      method: 'del',
      path: '/api/dialogues/:roundId',
      response: 'noContent',
      summary: 'Ta bort en dialogomgång som inte har bjudits in än',
      tag,
      policy: organiser,
      params: RoundParams,
      ifMatch: true,
      handler: async (ctx) => {
        await s.dialogues.remove(requireActor(ctx), ctx.params.roundId, ctx.ifMatch);
        return { status: 204 };
      },
    }),
    route({
      method: 'post',
      path: '/api/dialogues/:roundId/invitations',
      response: InvitationSummary,
      summary: 'Skicka inbjudningarna: ett kort per person via boten (utkorgen), idempotent. Svaret säger vilka boten inte når än.',
      tag,
      policy: organiser,
      params: RoundParams,
      errors: { 409: 'Grupperna skapas fortfarande (DIALOGUE_GROUPS_PENDING)', 422: 'Någon grupp saknar tid (DIALOGUE_INCOMPLETE)' },
      handler: async (ctx) => ({ status: 202, body: await s.meetings.sendInvitations(requireActor(ctx), ctx.params.roundId) }), // then the app into each group's Teams meeting
    }),
    route({
      method: 'get',
      path: '/api/dialogues/:roundId/answers',
      response: AnswersOverview,
      summary: 'Svaren: per grupp och person svar, kommentar, dokumentens status och om kortet kom fram',
      tag,
      policy: organiser,
      params: RoundParams,
      handler: async (ctx) => ({ body: await s.dialogues.answers(requireActor(ctx), ctx.params.roundId) }),
    }),
    route({
      method: 'get',
      path: '/api/my/dialogue-invitations',
      response: DialogueInvitationViews,
      summary: 'Mina dialoginbjudningar',
      tag,
      policy: { kind: 'authenticated' },
      handler: async (ctx) => ({ body: await s.dialogues.myInvitations(requireActor(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/api/dialogue-invitations/:invitationId/answer',
      response: DialogueInvitationView,
      summary: 'Svara på en inbjudan (samma användningsfall som kortet): tacka ja, nej eller önska annan tid (med kommentar)',
      tag,
      policy: { kind: 'authenticated' },
      params: InvitationParams,
      body: AnswerBody,
      errors: { 403: 'Inbjudan gäller någon annan', 422: 'Dialogen har redan börjat (DIALOGUE_ANSWER_CLOSED)' },
      handler: async (ctx) => ({
        body: await s.dialogues.answer(requireActor(ctx), ctx.params.invitationId, ctx.body.answer, ctx.body.note),
      }),
    }),
    route({
      method: 'get',
      path: '/api/dialogue-invitations/:invitationId/calendar',
      response: { file: 'text/calendar' },
      summary: 'Kalenderfilen (.ics) för en inbjudan: för den inbjudna och huvudmannanivån',
      tag,
      policy: { kind: 'authenticated' },
      params: InvitationParams,
      handler: async (ctx) => ics(await s.dialogues.calendarFor(requireActor(ctx), ctx.params.invitationId)),
    }),
    route({
      method: 'get',
      path: '/api/calendar/:token',
      response: { file: 'text/calendar' },
      summary: 'Kalenderfilen (.ics) bakom kortets länk "Lägg till i kalendern"',
      tag,
      policy: {
        kind: 'public',
        why: 'opened from the card in a browser without the tab’s sign-in; the unguessable per-invitation token is the key',
      },
      params: TokenParams,
      handler: async (ctx) => ics(await s.dialogues.calendarByToken(ctx.params.token)),
    }),
  ];
}

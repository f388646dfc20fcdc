import { principalUnitsOf } from '../../domain/access';
import { documentReady } from '../../domain/dialogue';
import { DomainError } from '../../domain/errors';
import { parseSchoolYear } from '../../domain/school-year';
import { dialogueTypesOf, type YearWheel } from '../../domain/year-wheel';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';
import { DueForMe, YearWheelView, TickReport, YearEvents, YearParams, YearWheelBody } from '../../contract/year-wheel';

const tag = 'årshjul';
const etagHeader = (etag: string | undefined): Record<string, string> => (etag ? { ETag: etag } : {});

/** What these routes use, and nothing else. */
export type YearWheelRouteServices = Pick<HttpServices, 'clock' | 'dialogues' | 'directory' | 'scheduler' | 'yearWheel'>;

export function yearWheelRoutes(s: YearWheelRouteServices): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/year-wheel',
      summary: 'Årshjulet som huvudmannen har ställt in det (standard: 2024 års riktlinje), med ETag',
      tag,
      policy: { kind: 'authenticated' },
      response: YearWheelView,
      handler: async () => {
        const stored = await s.yearWheel.get();
        return { headers: etagHeader(stored.etag), body: { ...stored, dialogueTypes: dialogueTypesOf(stored.wheel) } };
      },
    }),
    route({
      method: 'put',
      path: '/api/year-wheel',
      response: YearWheelView,
      summary:
        'Spara årshjulet. Felaktiga datum (t.ex. 30 februari, slut före start) ger tydliga meddelanden. If-Match krävs när ett sparat årshjul finns.',
      tag,
      policy: { kind: 'appRole', roles: ['organiser', 'admin'] },
      body: YearWheelBody,
      errors: {
        400: 'Felaktiga datum eller tider (YEAR_WHEEL_INVALID, med details.problems)',
        409: 'Någon annan har ändrat årshjulet',
        428: 'If-Match saknas',
      },
      handler: async (ctx) => {
        const stored = await s.yearWheel.save(requireActor(ctx), ctx.body as YearWheel, ctx.ifMatch);
        return { headers: etagHeader(stored.etag), body: { ...stored, dialogueTypes: dialogueTypesOf(stored.wheel) } };
      },
    }),
    route({
      method: 'get',
      path: '/api/year-wheel/:schoolYear/events',
      summary: 'Läsårets händelser med datum och tider (svensk tid; start/end som UTC), för hjul eller tidslinje',
      tag,
      policy: { kind: 'authenticated' },
      params: YearParams,
      response: YearEvents,
      handler: async (ctx) => {
        const year = parseSchoolYear(ctx.params.schoolYear);
        return { body: { schoolYear: year, events: await s.yearWheel.events(year) } };
      },
    }),
    route({
      method: 'get',
      path: '/api/year-wheel/:schoolYear/due-for-me',
      response: DueForMe,
      summary:
        'Det som väntar för mig: kommande händelser för mina roller, mina dialoginbjudningar och mina enheters dokument före deadline',
      tag,
      policy: { kind: 'authenticated' },
      params: YearParams,
      handler: async (ctx) => {
        const actor = requireActor(ctx);
        const year = parseSchoolYear(ctx.params.schoolYear);
        const upcoming = await s.yearWheel.upcomingFor(actor, year);
        const invitations = (await s.dialogues.myInvitations(actor)).filter((v) => !v.start || v.start >= s.clock.now().toISOString());
        const documents = [];
        const principalOf = principalUnitsOf(actor);
        for (const e of upcoming.filter((x) => x.kind === 'documentDeadline' && x.document)) {
          for (const unitId of principalOf) {
            const status = await s.dialogues.documentStatus(e.document!, unitId, year);
            if (!documentReady(e.document!, status)) {
              const unit = await s.directory.unit(unitId);
              documents.push({
                eventKey: e.key,
                label: e.label,
                deadline: e.start,
                deadlineDate: e.startDate,
                unitId,
                unitName: unit.name,
                document: e.document,
                status: status ?? null,
              });
            }
          }
        }
        return { body: { schoolYear: year, now: s.clock.now().toISOString(), upcoming, invitations, documents } };
      },
    }),
    route({
      method: 'post',
      path: '/api/year-wheel/tick',
      response: TickReport,
      summary: 'Kör årshjulets bock nu (påminnelser, avstämningar); den körs också automatiskt. Idempotent.',
      tag,
      policy: { kind: 'appRole', roles: ['organiser'] }, // the tick sends invitations and reminders: not configuration
      handler: async () => {
        if (!s.scheduler) throw new DomainError('NOT_FOUND', 'Schemaläggaren är inte igång.');
        return { body: await s.scheduler.tick() };
      },
    }),
  ];
}

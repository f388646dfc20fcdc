import { MyWaiting } from '../../app/documents/my-waiting';
import { schoolYearOfDay } from '../../domain/school-year';
import { MyWaitingList } from '../../contract/me';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';

/** What these routes use, and nothing else. */
export type MeWaitingRouteServices = Pick<HttpServices, 'clock' | 'dialogues' | 'directory' | 'publishing' | 'store'>;

/** "Det här väntar på dig": what needs the signed-in person now, from their own units only. */
export function meWaitingRoutes(s: MeWaitingRouteServices): Route[] {
  const currentYear = () => schoolYearOfDay(s.clock.today());
  const waiting = new MyWaiting(s.store, s.directory, s.dialogues, s.publishing, () => s.clock.today(), currentYear);
  return [
    route({
      method: 'get',
      path: '/api/me/waiting',
      summary:
        'Det här väntar på dig: återsända dokument, obesvarade kommentarer och inbjudningar, dokument att granska, nypublicerat — mest brådskande först',
      tag: 'identitet',
      policy: { kind: 'authenticated' },
      response: MyWaitingList,
      handler: async (ctx) => ({ body: await waiting.forActor(requireActor(ctx)) }),
    }),
  ];
}

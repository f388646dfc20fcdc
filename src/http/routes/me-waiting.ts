import { openMyWaiting } from '../../app/documents/my-waiting';
import { MyWaitingList } from '../../contract/me';
import { requireActor } from '../auth';
import { route, type Route } from '../route';
import type { HttpServices } from '../services';

/** What these routes use, and nothing else. */
export type MeWaitingRouteServices = Pick<
  HttpServices,
  'clock' | 'dialogues' | 'directory' | 'publishing' | 'settings' | 'store' | 'surveyResults' | 'surveys' | 'yearWheel'
>;

/** "Det här väntar på dig": what needs the signed-in person now, from their own units only. */
export function meWaitingRoutes(s: MeWaitingRouteServices): Route[] {
  const waiting = openMyWaiting(s);
  return [
    route({
      method: 'get',
      path: '/api/me/waiting',
      summary:
        'Det här väntar på dig: återsända dokument, obesvarade kommentarer och inbjudningar, årshjulets tidsgränser, TLD-mätningar med få svar, dokument att granska, dialogomgångar att skicka, nypublicerat — mest brådskande först',
      tag: 'identitet',
      policy: { kind: 'authenticated' },
      response: MyWaitingList,
      handler: async (ctx) => ({ body: await waiting.forActor(requireActor(ctx)) }),
    }),
  ];
}

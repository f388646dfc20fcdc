import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import type { AppConfig } from './api/types';
import { takeEarly } from './early/early-requests';
import { App } from './shell/App/App';
import { startBoot } from './shell/App/boot';
import { appViews, documentView, meetingTab, personalPage } from './shell/views';
import { isAppView } from './shell/app-nav';

// Started before React renders: the server's config (usually already asked for by the page's
// first script, early/early.ts), the boot (host, sign-in, the linked plan) and the code of the
// screen the link opens. None needs to wait for the first render or for sign-in.
const early = takeEarly('config');
const client = new ApiClient({ getToken: async () => null });
const earlyConfig = early ? client.http.adopt<AppConfig>(early) : client.config();
earlyConfig.catch(() => undefined); // the boot fails with it and shows the error
const firstBoot = startBoot(earlyConfig);
const params = new URLSearchParams(window.location.search);
const view = params.get('view');
const screen =
  view === 'personal'
    ? personalPage.load()
    : view === 'meeting'
      ? meetingTab.load()
      : isAppView(view)
        ? appViews[view].load()
        : params.get('unitId')
          ? documentView.load()
          : Promise.resolve();

/**
 * The first render waits, a little, for what the link opens (usually there already: the page's
 * first script asked for it): then the screen renders in one pass and one layout, not as a
 * spinner, then the shell with a spinner, then the document. The page shows "Startar…" meanwhile.
 */
const FIRST_RENDER_WAIT_MS = 400;
void Promise.race([
  Promise.all([firstBoot.opened, screen.catch(() => undefined)]),
  new Promise((r) => setTimeout(r, FIRST_RENDER_WAIT_MS)),
]).then(() => createRoot(document.getElementById('root')!).render(<App firstBoot={firstBoot} />));

import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import type { AppConfig } from './api/types';
import { takeEarly } from './early/early-requests';
import { App } from './shell/App/App';
import { appViews, documentView, meetingTab, personalPage } from './shell/views';
import { isAppView } from './shell/app-nav';

// Started before React renders: the server's config (usually already asked for by the page's
// first script, early/early.ts), and for a link to a unit's document the editor's code. Neither
// needs to wait for the first render or for sign-in.
const early = takeEarly('config');
const client = new ApiClient({ getToken: async () => null });
const earlyConfig = early ? client.http.adopt<AppConfig>(early) : client.config();
earlyConfig.catch(() => undefined); // the app asks again and shows the error
const params = new URLSearchParams(window.location.search);
const view = params.get('view');
if (view === 'personal') void personalPage.load();
else if (view === 'meeting') void meetingTab.load();
else if (isAppView(view)) void appViews[view].load();
else if (params.get('unitId')) void documentView.load();

createRoot(document.getElementById('root')!).render(<App earlyConfig={earlyConfig} />);

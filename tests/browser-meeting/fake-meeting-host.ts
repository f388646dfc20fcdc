/**
 * A Teams meeting, as far as the tab can tell: the page that frames the app and answers the real
 * teams-js over postMessage (the tab is not changed for the test). Each surface is an iframe with
 * its frame context and the context Teams would give; the stage opens when the side panel shares.
 * Runs in the browser (bundled by the suite); the suite drives it through window.teamsMeeting.
 */

interface SurfaceSpec {
  name: string;
  url: string;
  /** teams-js FrameContexts: 'sidePanel', 'meetingStage', 'content' (meeting chat or details tab), 'settings'. */
  frameContext: string;
  width: number;
  height: number;
}
interface MeetingSpec {
  meetingId: string;
  chatId: string;
  theme: string;
  /** The manifest's configurableTabs[0].context: what Teams grants the app. */
  manifestContexts: string[];
}
interface Surface extends SurfaceSpec {
  frame: HTMLIFrameElement;
}
interface Call {
  surface: string;
  func: string;
  args: unknown[];
}

let meeting: MeetingSpec = { meetingId: '', chatId: '', theme: 'default', manifestContexts: [] };
const surfaces: Surface[] = [];
const calls: Call[] = [];
const savedConfigs: unknown[] = [];

// What the host supports, as a runtime config (teams-js reads `supports` to answer isSupported()).
const RUNTIME = JSON.stringify({
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: { appInstallDialog: {}, meeting: {}, pages: { appButton: {}, config: {}, tabs: {} }, teams: { fullTrust: {} } },
});

function open(spec: SurfaceSpec): void {
  close(spec.name);
  const frame = document.createElement('iframe');
  frame.title = spec.name;
  frame.name = spec.name;
  frame.dataset.surface = spec.name;
  frame.style.cssText = `width:${spec.width}px;height:${spec.height}px;border:1px solid #888;display:block;margin:8px`;
  frame.src = spec.url;
  document.body.append(frame);
  surfaces.push({ ...spec, frame });
}

function close(name: string): void {
  const i = surfaces.findIndex((s) => s.name === name);
  if (i >= 0) surfaces.splice(i, 1)[0].frame.remove();
}

/** The Teams context (the v1 shape the host sends; teams-js turns it into app.Context). */
function contextFor(s: Surface) {
  return {
    frameContext: s.frameContext,
    theme: meeting.theme,
    locale: 'sv-SE',
    hostClientType: 'web',
    hostName: 'Teams',
    meetingId: meeting.meetingId || undefined,
    chatId: meeting.chatId || undefined,
    entityId: 'dialogue-meeting',
    appSessionId: 'session-1',
  };
}

function answer(s: Surface, func: string, args: unknown[]): unknown[] | null {
  switch (func) {
    case 'initialize':
      // teams-js takes [frameContext, hostClientType, runtimeConfig, clientSupportedSDKVersion].
      return [s.frameContext, 'web', RUNTIME, '2.58.0'];
    case 'getContext':
      return [contextFor(s)];
    case 'meeting.getAppContentStageSharingCapabilities':
      // IAppContentStageSharingCapabilities: true when the tab's manifest context includes meetingStage (Microsoft Learn, teams-js reference).
      return [null, { doesAppHaveSharePermission: meeting.manifestContexts.includes('meetingStage') }];
    case 'meeting.shareAppContentToStage': {
      // Without the app's stage permission Teams answers error 1000, "App doesn't have sufficient permission to use this API" (Microsoft Q&A / Tech Community, teams-js meeting API).
      if (!meeting.manifestContexts.includes('meetingStage'))
        return [{ errorCode: 1000, message: "App doesn't have sufficient permission to use this API" }, null];
      const url = String(args[0]);
      open({ name: 'stage', url, frameContext: 'meetingStage', width: 1280, height: 720 });
      return [null, true];
    }
    case 'settings.setSettings':
      savedConfigs.push(args[0]);
      return [true];
    default:
      return null; // registrations and notifications need no answer
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  const s = surfaces.find((x) => x.frame.contentWindow === e.source);
  const data = e.data as { id?: number; uuidAsString?: string; func?: string; args?: unknown[] };
  if (!s || typeof data?.func !== 'string' || typeof data.id !== 'number') return;
  calls.push({ surface: s.name, func: data.func, args: data.args ?? [] });
  const args = answer(s, data.func, data.args ?? []);
  if (args) (e.source as Window).postMessage({ id: data.id, uuidAsString: data.uuidAsString, args }, e.origin);
});

/** A message from Teams to a surface's registered handler (the Save button of a config page, a theme change). */
function tell(name: string, func: string, args: unknown[] = []): void {
  const s = surfaces.find((x) => x.name === name);
  s?.frame.contentWindow?.postMessage({ func, args }, location.origin);
}

(window as unknown as { teamsMeeting: unknown }).teamsMeeting = {
  configure: (spec: Partial<MeetingSpec>) => void (meeting = { ...meeting, ...spec }),
  open,
  close,
  tell,
  calls: (func?: string) => calls.filter((c) => !func || c.func === func),
  savedConfigs: () => savedConfigs,
  surfaces: () => surfaces.map((s) => ({ name: s.name, url: s.frame.src, frameContext: s.frameContext })),
};

/**
 * The meeting seam: where in a Teams meeting the tab is (side panel, stage, or a tab in the
 * meeting's chat or details), which meeting and chat, and sharing a part of the app to the stage.
 * Thin on purpose: it only reads teams-js's context and turns its callback APIs into promises;
 * what to show where is the screens' business.
 */
import type { Host } from './host';

/** Where the tab is drawn. teams-js's FrameContexts: a meeting chat or details tab is 'content'. */
export type MeetingSurface = 'sidePanel' | 'stage' | 'tab' | 'settings';

export interface MeetingPlace {
  surface: MeetingSurface;
  /** The online meeting's id in Teams ('' outside a meeting). */
  meetingId: string;
  /** The meeting's chat thread ('' when the host gives none). */
  chatId: string;
  /** The signed-in person's Entra object id ('' when the host gives none). */
  userId: string;
}

/** The part of teams-js's app.Context the seam reads (teams-js 2.x, app.getContext()). */
export interface TeamsContextLike {
  page: { frameContext?: string; id?: string };
  meeting?: { id: string };
  chat?: { id: string };
  user?: { id?: string };
}

type Callback<T> = (error: { errorCode: number; message?: string } | null, result: T | null) => void;

/** The part of teams-js's `meeting` namespace the seam wraps. */
export interface TeamsMeetingLike {
  getAppContentStageSharingCapabilities(callback: Callback<{ doesAppHaveSharePermission: boolean }>): void;
  shareAppContentToStage(callback: Callback<boolean>, appContentUrl: string): void;
}

export interface MeetingHost {
  place: MeetingPlace;
  /** Whether this person may share to the stage here: only from the side panel, and only with the app's permission. */
  canShareToStage(): Promise<boolean>;
  /** Shares a page of the app (same domain) to the meeting's stage for everyone. */
  shareToStage(url: string): Promise<void>;
}

/** Why sharing failed, in Swedish; the host's code beside it. */
export class StageShareError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'StageShareError';
  }
}

export function surfaceOf(frameContext: string | undefined): MeetingSurface {
  if (frameContext === 'sidePanel') return 'sidePanel';
  if (frameContext === 'meetingStage') return 'stage';
  if (frameContext === 'settings') return 'settings';
  return 'tab';
}

export function readMeetingPlace(context: TeamsContextLike): MeetingPlace {
  return {
    surface: surfaceOf(context.page.frameContext),
    meetingId: context.meeting?.id ?? '',
    chatId: context.chat?.id ?? '',
    userId: context.user?.id ?? '',
  };
}

function call<T>(start: (callback: Callback<T>) => void): Promise<T | null> {
  return new Promise((resolve, reject) => {
    try {
      start((error, result) => (error ? reject(shareError(error.errorCode)) : resolve(result)));
    } catch (e) {
      // teams-js throws at once outside the side panel and stage ("only allowed in following contexts").
      reject(
        new StageShareError(
          0,
          e instanceof Error && /contexts/.test(e.message)
            ? 'Delning till mötet går bara från mötets sidopanel.'
            : 'Teams kunde inte dela till mötet.',
        ),
      );
    }
  });
}

// teams-js ErrorCode: 1000 PERMISSION_DENIED, 100 NOT_SUPPORTED_ON_PLATFORM, 501 NOT_SUPPORTED_IN_CURRENT_CONTEXT.
function shareError(code: number): StageShareError {
  if (code === 1000) return new StageShareError(code, 'Du får inte dela till mötet. Be mötesorganisatören eller en presentatör att dela.');
  if (code === 100 || code === 501) return new StageShareError(code, 'Den här Teams-versionen kan inte dela appen till mötet.');
  return new StageShareError(code, 'Teams kunde inte dela till mötet. Försök igen.');
}

export function meetingHost(place: MeetingPlace, meeting: TeamsMeetingLike | null): MeetingHost {
  return {
    place,
    async canShareToStage() {
      if (!meeting || place.surface !== 'sidePanel') return false;
      try {
        const caps = await call<{ doesAppHaveSharePermission: boolean }>((cb) => meeting.getAppContentStageSharingCapabilities(cb));
        return caps?.doesAppHaveSharePermission === true;
      } catch {
        return false;
      }
    },
    async shareToStage(url) {
      if (!meeting) throw new StageShareError(0, 'Delning till mötet fungerar bara i Teams.');
      const shared = await call<boolean>((cb) => meeting.shareAppContentToStage(cb, url));
      if (shared === false) throw shareError(-1);
    },
  };
}

/** Outside Teams (a browser, the tests' plain pages): the surface named in the URL, no sharing. */
export function browserMeetingHost(params: URLSearchParams): MeetingHost {
  const named = params.get('surface');
  const surface: MeetingSurface = named === 'sidePanel' || named === 'stage' ? named : 'tab';
  return meetingHost({ surface, meetingId: '', chatId: '', userId: '' }, null);
}

/** The meeting seam for the host the app found: teams-js's context and meeting API in Teams. */
export async function loadMeetingHost(host: Host): Promise<MeetingHost> {
  if (host.kind !== 'teams') return browserMeetingHost(new URLSearchParams(window.location.search));
  const context = await host.teams.app.getContext();
  return meetingHost(readMeetingPlace(context), host.teams.meeting);
}

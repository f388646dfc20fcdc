import { isAppView, type AppView } from '../shell/app-nav';

/**
 * What a link (the page's query string) opens, read before anything else has loaded: the plan it
 * points at, and the chunks of the view it names. One reading for the page's first script
 * (early.ts) and the app (prefetch.ts), so both ask for the same plan.
 */

/** The plan a link opens: a unit's document (the app's unit list or a channel tab) that is not the report. */
export function linkedPlan(search: string): { unitId: string; schoolYear: string | null } | null {
  const params = new URLSearchParams(search);
  const unitId = params.get('unitId');
  const view = params.get('view');
  if (!unitId || (view !== null && view !== 'channel') || params.get('doc') === 'report') return null;
  const year = params.get('year');
  return { unitId, schoolYear: year && /^\d{4}-\d{2}$/.test(year) ? year.replace('-', '/') : null };
}

/** Each lazily loaded screen's chunk, by the file name of its component (views.ts, DocumentView, App). */
export const APP_VIEW_CHUNKS: Record<AppView, string> = {
  overview: 'OverviewView',
  annual: 'AnnualFollowUpView',
  statistics: 'StatisticsView',
  survey: 'SurveyView',
  dialogues: 'DialoguesView',
  wheel: 'YearWheelView',
  intranet: 'IntranetView',
  directory: 'DirectoryImportView',
  settings: 'SettingsView',
};

/** Every chunk linkedChunks may name: tabs/build.mjs puts these (and no others) into the page's first script, and fails on a name no chunk has. */
export const EARLY_CHUNKS = [
  'teams-sdk',
  'DevSignIn',
  'PersonalPage',
  'MeetingTab',
  'DocumentView',
  'ReportPage',
  ...Object.values(APP_VIEW_CHUNKS),
];

/** The chunks the link's first screen needs beyond the first bundle (in the order they are wanted). */
export function linkedChunks(search: string, { inTeams, signedIn }: { inTeams: boolean; signedIn: boolean }): string[] {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const chunks: string[] = inTeams ? ['teams-sdk'] : signedIn ? [] : ['DevSignIn'];
  if (view === 'personal') chunks.push('PersonalPage');
  else if (view === 'meeting') chunks.push('MeetingTab');
  else if (isAppView(view)) chunks.push(APP_VIEW_CHUNKS[view]);
  else if (params.get('unitId')) chunks.push('DocumentView', ...(params.get('doc') === 'report' ? ['ReportPage'] : []));
  return chunks;
}

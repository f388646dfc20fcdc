import { preloadable } from '../lib/preloadable';

/**
 * The screens that are most of the code, loaded apart from the first bundle: asked for as soon
 * as the URL says which one is wanted (main.tsx), before the person is known.
 */
export const documentView = preloadable(() => import('../features/documents/DocumentView/DocumentView'));
export const personalPage = preloadable(() => import('../features/personal/PersonalPage/PersonalPage'));
/** The dialogue meeting's tab (side panel, stage, meeting chat and details): ?view=meeting. */
export const meetingTab = preloadable(() => import('../features/meeting/MeetingTab/MeetingTab'));

// The app's other views: each its own chunk, loaded when opened (or when the URL names it).
export const appViews = {
  overview: preloadable(() => import('../features/overview/OverviewView/OverviewView')),
  annual: preloadable(() => import('../features/annual-follow-up/AnnualFollowUpView/AnnualFollowUpView')),
  statistics: preloadable(() => import('../features/statistics/StatisticsView/StatisticsView')),
  survey: preloadable(() => import('../features/survey/SurveyView/SurveyView')),
  dialogues: preloadable(() => import('../features/dialogues/DialoguesView/DialoguesView')),
  wheel: preloadable(() => import('../features/year-wheel/YearWheelView/YearWheelView')),
  intranet: preloadable(() => import('../features/intranet/IntranetView/IntranetView')),
  directory: preloadable(() => import('../features/directory-import/DirectoryImportView/DirectoryImportView')),
  settings: preloadable(() => import('../features/settings/SettingsView/SettingsView')),
};

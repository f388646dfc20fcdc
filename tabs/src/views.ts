import { preloadable } from './hooks/preloadable';

/**
 * The screens that are most of the code, loaded apart from the first bundle: asked for as soon
 * as the URL says which one is wanted (main.tsx), before the person is known.
 */
export const documentView = preloadable(() => import('./components/DocumentView/DocumentView'));
export const personalPage = preloadable(() => import('./components/PersonalPage/PersonalPage'));

// The app's other views: each its own chunk, loaded when opened (or when the URL names it).
export const appViews = {
  overview: preloadable(() => import('./views/OverviewView/OverviewView')),
  annual: preloadable(() => import('./views/AnnualFollowUpView/AnnualFollowUpView')),
  statistics: preloadable(() => import('./views/StatisticsView/StatisticsView')),
  survey: preloadable(() => import('./views/SurveyView/SurveyView')),
  dialogues: preloadable(() => import('./views/DialoguesView/DialoguesView')),
  wheel: preloadable(() => import('./views/YearWheelView/YearWheelView')),
  intranet: preloadable(() => import('./views/IntranetView/IntranetView')),
  directory: preloadable(() => import('./views/DirectoryImportView/DirectoryImportView')),
};

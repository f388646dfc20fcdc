import { preloadable } from './hooks/preloadable';

/**
 * The screens that are most of the code, loaded apart from the first bundle: asked for as soon
 * as the URL says which one is wanted (main.tsx), before the person is known.
 */
export const documentView = preloadable(() => import('./components/DocumentView/DocumentView'));
export const personalPage = preloadable(() => import('./components/PersonalPage/PersonalPage'));

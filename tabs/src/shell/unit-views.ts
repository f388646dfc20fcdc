import { preloadable } from '../lib/preloadable';

/**
 * Parts of a unit's document page that only some people see (publishing, the unit's key figures):
 * their own chunks. Apart from views.ts, which loads the document page itself, so the two never
 * import each other.
 */
export const unitPublish = preloadable(() => import('../features/intranet/UnitPublish/UnitPublish'));
export const unitKeyFigures = preloadable(() => import('../features/statistics/UnitKeyFigures/UnitKeyFigures'));

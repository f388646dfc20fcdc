/** Which views a person's roles lead to, in the order the navigation lists them. */
import type { Me } from '../api/types';
import { isOrganiser, isPrincipal } from '../lib/permissions';

export const APP_VIEWS = ['overview', 'annual', 'statistics', 'survey', 'dialogues', 'wheel', 'intranet', 'directory', 'settings'] as const;
export type AppView = (typeof APP_VIEWS)[number];

export const isAppView = (v: string | null | undefined): v is AppView => (APP_VIEWS as readonly string[]).includes(v ?? '');

export interface NavEntry {
  /** null: the units and their documents. */
  view: AppView | null;
  label: string;
}

/** Each view's name in the navigation, the same for every role. */
const VIEW_LABELS: Record<AppView, string> = {
  overview: 'Översikt',
  annual: 'Verksamhetsuppföljning',
  statistics: 'Statistik',
  survey: 'TLD',
  dialogues: 'Dialoger',
  wheel: 'Årshjul',
  intranet: 'Intranät',
  directory: 'Katalog',
  settings: 'Inställningar',
};
const entry = (view: AppView): NavEntry => ({ view, label: VIEW_LABELS[view] });

// The admin configures (the year wheel among it) and reads no unit's documents: with the organiser role too, both apply.
const seesAll = isOrganiser;
// The directory import and the settings: the admin's, also without the organiser role.
const adminViews = (me: Me): AppView[] => (me.roles.includes('admin') ? ['directory', 'settings'] : []);

/**
 * The organiser level: everything; a principal: the units, TLD, the year wheel and dialogues;
 * staff: the units and the year wheel; the board: what is published (and the year wheel);
 * the admin: the year wheel to configure.
 * Everyone signed in may read the intranet.
 */
export function navFor(me: Me): NavEntry[] {
  if (seesAll(me)) {
    const rest: AppView[] = ['annual', 'statistics', 'survey', 'dialogues', 'wheel', 'intranet', ...adminViews(me)];
    return [entry('overview'), { view: null, label: 'Enheter' }, ...rest.map(entry)];
  }
  const views: AppView[] = [];
  if (isPrincipal(me)) views.push('survey');
  if (me.memberships.length || me.roles.includes('board') || me.roles.includes('admin')) views.push('wheel');
  if (isPrincipal(me)) views.push('dialogues');
  views.push('intranet', ...adminViews(me));
  const entries = views.map(entry);
  if (me.memberships.length) entries.unshift({ view: null, label: me.memberships.length > 1 ? 'Mina enheter' : 'Min enhet' });
  return me.roles.includes('board') && !me.memberships.length ? [entries[entries.length - 1], ...entries.slice(0, -1)] : entries;
}

/**
 * Where a person lands without a view in the URL: the organiser level on Översikt (the first entry
 * of its navigation), someone with units on them (null), an admin on the year wheel, the board
 * (no units) on the intranet.
 */
export const landingView = (me: Me): AppView | null =>
  seesAll(me) ? 'overview' : me.memberships.length ? null : me.roles.includes('admin') ? 'wheel' : 'intranet';

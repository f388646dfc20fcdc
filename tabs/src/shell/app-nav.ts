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

// The admin configures (the year wheel among it) and reads no unit's documents: with the organiser role too, both apply.
const seesAll = isOrganiser;

/**
 * The organiser level: everything; a principal: the units, TLD, the year wheel and dialogues;
 * staff: the units and the year wheel; the board: what is published (and the year wheel);
 * the admin: the year wheel to configure.
 * Everyone signed in may read the intranet.
 */
export function navFor(me: Me): NavEntry[] {
  if (seesAll(me))
    return [
      { view: 'overview', label: 'Översikt' },
      { view: null, label: 'Enheter' },
      { view: 'annual', label: 'Verksamhetsuppföljning' },
      { view: 'statistics', label: 'Statistik' },
      { view: 'survey', label: 'TLD' },
      { view: 'dialogues', label: 'Dialoger' },
      { view: 'wheel', label: 'Årshjul' },
      { view: 'intranet', label: 'Intranät' },
      // The directory import: the admin's.
      ...(me.roles.includes('admin')
        ? [
            { view: 'directory' as const, label: 'Katalog' },
            { view: 'settings' as const, label: 'Inställningar' },
          ]
        : []),
    ];
  const entries: NavEntry[] = [];
  if (me.memberships.length) entries.push({ view: null, label: me.memberships.length > 1 ? 'Mina enheter' : 'Min enhet' });
  if (isPrincipal(me)) entries.push({ view: 'survey', label: 'TLD' });
  if (me.memberships.length || me.roles.includes('board') || me.roles.includes('admin')) entries.push({ view: 'wheel', label: 'Årshjul' });
  if (isPrincipal(me)) entries.push({ view: 'dialogues', label: 'Dialoger' });
  entries.push({ view: 'intranet', label: 'Intranät' });
  // The directory import is the admin's also without the organiser role (main's navFor gives a pure admin this list).
  if (me.roles.includes('admin')) entries.push({ view: 'directory', label: 'Katalog' }, { view: 'settings', label: 'Inställningar' });
  return me.roles.includes('board') && !me.memberships.length ? [entries[entries.length - 1], ...entries.slice(0, -1)] : entries;
}

/**
 * Where a person lands without a view in the URL: the organiser level on Översikt (the first entry
 * of its navigation), someone with units on them (null), an admin on the year wheel, the board
 * (no units) on the intranet.
 */
export const landingView = (me: Me): AppView | null =>
  seesAll(me) ? 'overview' : me.memberships.length ? null : me.roles.includes('admin') ? 'wheel' : 'intranet';

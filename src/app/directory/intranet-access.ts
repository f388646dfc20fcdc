/**
 * Who reads the locally rendered intranet pages (/intranet): people signed in, unless the admin
 * marks the pages public. A browser opening a page carries no bearer token, so the tab, when it
 * lists the pages, also gets a short-lived signed cookie for them. (In production the pages are
 * SharePoint pages on the intranet site, whose own permissions decide who reads.)
 */
import type { Clock } from '../ports/clock';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';

const SETTING = 'intranetVisibility';
const LIFETIME_S = 8 * 3600;
export const INTRANET_COOKIE = 'ska_intranet';

export class IntranetAccess {
  constructor(
    private readonly store: ListStore,
    private readonly secrets: Secrets,
    private readonly clock: Clock,
  ) {}

  async isPublic(): Promise<boolean> {
    const [item] = await queryAll(this.store, 'settings', { name: SETTING });
    return !!item && typeof item.fields.value === 'string' && JSON.parse(item.fields.value).public === true;
  }

  async setPublic(value: boolean, actorId: string): Promise<{ public: boolean }> {
    const text = JSON.stringify({ public: value });
    const [item] = await queryAll(this.store, 'settings', { name: SETTING });
    if (item) await this.store.update('settings', item.id, { value: text, modifiedById: actorId });
    else await this.store.create('settings', { name: SETTING, value: text, modifiedById: actorId }, { key: `settings:${SETTING}` });
    return { public: value };
  }

  /** A cookie value naming the person until it expires, signed with the app's key. */
  issue(personId: string): { value: string; maxAge: number } {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + LIFETIME_S;
    return { value: `${personId}.${expires}.${this.secrets.fingerprint('intranet', personId, String(expires))}`, maxAge: LIFETIME_S };
  }

  verify(value: string | undefined): boolean {
    const [personId, expires, mac] = (value ?? '').split('.');
    if (!personId || !/^\d+$/.test(expires ?? '') || !mac) return false;
    if (Number(expires) < this.clock.now().getTime() / 1000) return false;
    return this.secrets.fingerprint('intranet', personId, expires) === mac;
  }
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

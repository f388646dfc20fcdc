/**
 * The one check for every URL that reaches a card, a page, an .ics or a Word file.
 * Only web addresses: https:, and http: on the loopback host (the local dev server's own links).
 * Anything else — javascript:, data:, vbscript:, file:, an address with a user name or password,
 * or one carrying whitespace or control characters (a line break would start a new .ics
 * property) — is refused with a stable code and a Swedish message.
 */
import { DomainError } from './errors';

const MAX_LENGTH = 2000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
// Teams meeting join links: the classic /l/meetup-join/ form and the short /meet/ form, on the commercial and government clouds.
const TEAMS_HOSTS = new Set([
  'teams.microsoft.com',
  'teams.live.com',
  'gov.teams.microsoft.us',
  'dod.teams.microsoft.us',
  'teams.microsoft.us',
]);

function parse(value: string): URL | undefined {
  if (!value || value.length > MAX_LENGTH || /\s/.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return undefined;
  try {
    const url = new URL(value);
    if (url.username || url.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** A web link safe to put in a card, page, .ics or Word file; '' for anything else. */
export function safeLink(value: string | null | undefined): string {
  const url = parse(value ?? '');
  if (!url) return '';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return value!;
  return '';
}

/** A Teams meeting join link (https only). */
export function isTeamsJoinLink(value: string | null | undefined): boolean {
  const url = parse(value ?? '');
  return (
    !!url &&
    url.protocol === 'https:' &&
    TEAMS_HOSTS.has(url.hostname) &&
    (url.pathname.startsWith('/l/meetup-join/') || url.pathname.startsWith('/meet/'))
  );
}

/** A meeting link people type in: https: only. Empty means none. */
export function checkMeetingLink(value: string | undefined, what = 'Möteslänken'): string {
  if (value === undefined || value === '') return '';
  const url = parse(value);
  if (!url || url.protocol !== 'https:') {
    throw new DomainError(
      'URL_NOT_ALLOWED',
      `${what} måste vara en webbadress som börjar med https://, till exempel länken till ett Teams-möte.`,
      { value: value.slice(0, 200) },
    );
  }
  return value;
}

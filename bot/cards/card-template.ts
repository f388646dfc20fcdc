import { Template } from 'adaptivecards-templating';
import { safeLink } from '../../src/domain/links';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/**
 * Each template parsed once: `new Template` parses every `${…}` (most of a card's CPU), and the
 * instance "can be bound to different data objects in a loop" (adaptivecards-templating, Template's
 * constructor doc); expand is synchronous, so one instance serves every card of its template.
 */
const parsed = new WeakMap<object, Template>();

/** Fills a card template with typed data. Cards are never edited by string replacement. */
export function expandCard<T extends object>(template: object, data: T): AdaptiveCardJson {
  let prepared = parsed.get(template);
  if (!prepared) parsed.set(template, (prepared = new Template(template)));
  return withSafeLinks(prepared.expand({ $root: data })) as AdaptiveCardJson;
}

const isUnsafeOpenUrl = (node: unknown) =>
  typeof node === 'object' &&
  node !== null &&
  (node as { type?: unknown }).type === 'Action.OpenUrl' &&
  !safeLink(String((node as { url?: unknown }).url ?? ''));

/** Every card passes the one link check: a button or tap target whose URL fails it is left out. */
function withSafeLinks(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((n) => !isUnsafeOpenUrl(n)).map(withSafeLinks);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'selectAction' && isUnsafeOpenUrl(value)) continue;
    out[key] = withSafeLinks(value);
  }
  return out;
}

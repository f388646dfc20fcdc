import { Template } from 'adaptivecards-templating';
import { safeLink } from '../../src/domain/links';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/** Fills a card template with typed data. Cards are never edited by string replacement. */
export function expandCard<T extends object>(template: object, data: T): AdaptiveCardJson {
  return withSafeLinks(new Template(template).expand({ $root: data })) as AdaptiveCardJson;
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

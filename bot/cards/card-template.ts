import { Template } from 'adaptivecards-templating';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/** Fills a card template with typed data. Cards are never edited by string replacement. */
export function expandCard<T extends object>(template: object, data: T): AdaptiveCardJson {
  return new Template(template).expand({ $root: data }) as AdaptiveCardJson;
}

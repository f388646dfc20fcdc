/** An intranet page, as structured blocks: text only, so rendering can escape everything. */
export type PageBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'muted' }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: PageCell[][]; caption?: string }
  /** Links for the reader ("Ladda ner som PDF"): on the page only, never in its PDF. */
  | { type: 'links'; items: PageLink[] };

/** A table cell: text, a number (shown the Swedish way), empty, or a link to another page of ours. */
export type PageCell = string | number | null | PageLink;
export interface PageLink {
  text: string;
  /** An address of the app's own (absolute http(s) or a path from the root); anything else is shown as text. */
  href: string;
}

// 'min2' (ECMA-402 NumberFormat v3, Node ≥ 20) groups from five digits on; the lib typing still says boolean.
const NUMBER = new Intl.NumberFormat('sv-SE', { useGrouping: 'min2' as unknown as boolean, maximumFractionDigits: 2 });

/** 1234,5 → "1234,5", 12345 → "12 345": decimal comma and grouped thousands (Intl 'sv-SE'), years stay "2025". */
export const swedishNumber = (value: number) => NUMBER.format(value);

/** A cell as people read it: numbers the Swedish way, empty as a dash. */
export function cellText(value: PageCell): string {
  if (value === null) return '–';
  if (typeof value === 'number') return swedishNumber(value);
  if (typeof value === 'object') return value.text;
  return value;
}

/** "2026-11-23" or an ISO time → "23 november 2026", in Swedish time. */
export function swedishDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
}

export type PageKind = 'plan' | 'report' | 'annualFollowUp' | 'yearWheel';

export interface IntranetPage {
  slug: string;
  kind: PageKind;
  title: string;
  schoolYear: string;
  /** What the page was made from, e.g. "plan|12|2025/26": republishing it updates the same page. */
  sourceKey: string;
  blocks: PageBlock[];
  /** The unit the document is about (none for the organiser's own documents). */
  unit?: { id: string; name: string };
  /** The document's version (its ETag) when published: publishing the same version again changes nothing. */
  version?: string;
  /** Whose intranet: the municipality's name, in the page's header where the site has none of its own. */
  siteName?: string;
}

/** A stable, readable address part: "Åtagandeplan Björkskolan 2025/26" → "atagandeplan-bjorkskolan-2025-26". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** An intranet page, as structured blocks: text only, so rendering can escape everything. */
export type PageBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'muted' }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: (string | number | null)[][]; caption?: string };

export type PageKind = 'plan' | 'report' | 'annualFollowUp' | 'yearWheel';

export interface IntranetPage {
  slug: string;
  kind: PageKind;
  title: string;
  schoolYear: string;
  /** What the page was made from, e.g. "plan|12|2025/26": republishing it updates the same page. */
  sourceKey: string;
  blocks: PageBlock[];
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

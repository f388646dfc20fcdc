import type { ListEntry, ReportContent, ReportDefinition } from '../domain/report';
import type { Actor } from '../domain/identity';
import type { ListItem, ListStore } from './ports/list-store';

export interface SectionUpdate {
  sectionKey: string;
  commitmentId?: string;
  fieldKey?: string;
  value: string | ListEntry[];
}

/** What people have written in a sectioned document, from its section items (one per section, or per section and commitment). */
export function contentOf(definition: ReportDefinition, sections: ListItem[]): ReportContent {
  const content: ReportContent = {};
  for (const item of sections) {
    const key = String(item.fields.sectionKey);
    const section = definition.sections.find((s) => s.key === key);
    if (!section || section.kind === 'generated') continue; // kept in the store and in versions, not shown
    const value = JSON.parse(String(item.fields.value ?? 'null'));
    if (section.kind === 'perCommitment') {
      const byCommitment = (content[key] ??= {}) as Record<string, Record<string, string>>;
      byCommitment[String(item.fields.refId)] = value ?? {};
    } else {
      content[key] = value;
    }
  }
  return content;
}

/** Writes checked updates to the section items: one item per section (and commitment), created when first written. */
export async function writeSections(store: ListStore, sections: ListItem[], updates: SectionUpdate[], where: { docKey: string; schoolYear: string }, actor: Actor) {
  for (const u of updates) {
    const refId = u.commitmentId ?? '';
    const existing = sections.find((s) => s.fields.sectionKey === u.sectionKey && (s.fields.refId ?? '') === refId);
    let value: unknown = u.value;
    if (u.fieldKey) value = { ...(existing ? (JSON.parse(String(existing.fields.value)) as object) : {}), [u.fieldKey]: u.value };
    const fields = { value: JSON.stringify(value), modifiedById: actor.userId };
    if (existing) sections.splice(sections.indexOf(existing), 1, await store.update('reportSections', existing.id, fields));
    else sections.push(await store.create('reportSections', { ...where, sectionKey: u.sectionKey, refId, ...fields }));
  }
}

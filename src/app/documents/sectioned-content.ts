import type { ListEntry, ReportContent, ReportDefinition } from '../../domain/report';
import type { PartChange } from './document-commit';
import type { ListItem } from '../ports/list-store';

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

/**
 * The section changes for checked updates: one item per section (and commitment), created when
 * first written; several updates of one item in a request become one change.
 */
export function sectionChanges(
  sections: ListItem[],
  updates: SectionUpdate[],
  where: { docKey: string; schoolYear: string },
): PartChange[] {
  const changes: PartChange[] = [];
  const pendingValue = new Map<string, { change: PartChange & { op: 'create' | 'update' }; value: unknown }>();
  for (const u of updates) {
    const refId = u.commitmentId ?? '';
    const slot = `${u.sectionKey}|${refId}`;
    const existing = sections.find((s) => s.fields.sectionKey === u.sectionKey && (s.fields.refId ?? '') === refId);
    const prior = pendingValue.get(slot);
    let value: unknown = u.value;
    if (u.fieldKey) {
      const before = prior ? prior.value : existing ? JSON.parse(String(existing.fields.value)) : {};
      value = { ...(before as object), [u.fieldKey]: u.value };
    }
    if (prior) {
      prior.value = value;
      prior.change.fields = { ...prior.change.fields, value: JSON.stringify(value) };
      continue;
    }
    const change: PartChange & { op: 'create' | 'update' } = existing
      ? { op: 'update', list: 'reportSections', id: existing.id, fields: { value: JSON.stringify(value) } }
      : { op: 'create', list: 'reportSections', fields: { ...where, sectionKey: u.sectionKey, refId, value: JSON.stringify(value) } };
    pendingValue.set(slot, { change, value });
    changes.push(change);
  }
  return changes;
}

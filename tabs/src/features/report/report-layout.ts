import type { ReportDefinition, SectionDefinition } from '../../api/types';

export interface ReportGroupLayout {
  key: string;
  label: string;
  hint?: string;
  sections: SectionDefinition[];
}

/**
 * The report's groups in the definition's order, each with its sections. A section without a
 * group follows the definition's convention: the per-commitment results open the report (first
 * group), anything else closes it (last group).
 */
export function layoutReport(definition: ReportDefinition): ReportGroupLayout[] {
  const groups = definition.groups.map((g) => ({ ...g, sections: [] as SectionDefinition[] }));
  if (!groups.length) return [{ key: 'all', label: definition.label, sections: definition.sections }];
  for (const s of definition.sections) {
    const target = groups.find((g) => g.key === s.group) ?? (s.kind === 'perCommitment' ? groups[0] : groups[groups.length - 1]);
    target.sections.push(s);
  }
  return groups.filter((g) => g.sections.length > 0);
}

import { FOLLOW_UP_STATUS_LABELS, type CommitmentPlan } from './plan';
import { commitmentsToFollowUp, type ReportDefinition, type YearReport } from './report';

/**
 * A document flattened to labelled text entries: what version history compares, section by section.
 * Keys are stable across versions (ids, not positions), labels are what people read.
 */
export interface DocumentEntry {
  key: string;
  section: string;
  field: string;
  text: string;
}

export function planEntries(plan: CommitmentPlan): DocumentEntry[] {
  const entries: DocumentEntry[] = [];
  for (const area of plan.goalAreas) {
    entries.push({ key: `goalArea:${area.key}`, section: area.label, field: 'Prioriterat målområde', text: area.label });
    for (const c of area.commitments) {
      const section = `${area.label} › ${c.title}`;
      entries.push({ key: `commitment:${c.id}:title`, section, field: 'Åtagande', text: c.title });
      entries.push({ key: `commitment:${c.id}:description`, section, field: 'Vad vi åtar oss', text: c.description });
      entries.push({ key: `commitment:${c.id}:intendedEffects`, section, field: 'Tänkta effekter', text: c.intendedEffects });
      for (const a of c.activities) {
        entries.push({ key: `activity:${a.id}:title`, section, field: 'Aktivitet', text: a.title });
        entries.push({
          key: `activity:${a.id}:expectedResult`,
          section,
          field: `${a.title} – vad den ska leda till`,
          text: a.expectedResult,
        });
        entries.push({ key: `activity:${a.id}:outcome`, section, field: `${a.title} – resultat`, text: a.outcome });
      }
      for (const f of c.followUps) {
        entries.push({
          key: `followUp:${f.id}`,
          section,
          field: `Uppföljning ${f.date}`,
          text: `${FOLLOW_UP_STATUS_LABELS[f.status]}: ${f.note}`,
        });
      }
    }
  }
  return entries.filter((e) => e.text !== '');
}

export function reportEntries(definition: ReportDefinition, report: YearReport, plan: CommitmentPlan | undefined): DocumentEntry[] {
  const entries: DocumentEntry[] = [];
  for (const s of definition.sections) {
    const value = report.content[s.key];
    if (s.kind === 'perCommitment') {
      const byCommitment = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
        string,
        Record<string, string>
      >;
      for (const { goalArea, commitment } of commitmentsToFollowUp(plan)) {
        for (const f of s.fields) {
          const text = byCommitment[commitment.id]?.[f.key] ?? '';
          entries.push({
            key: `${s.key}:${commitment.id}:${f.key}`,
            section: `${goalArea.label} › ${commitment.title}`,
            field: f.label,
            text,
          });
        }
      }
    } else if (s.kind === 'list') {
      const items = Array.isArray(value) ? value : [];
      items.forEach((item, i) =>
        entries.push({ key: `${s.key}:${i}`, section: s.label, field: `${s.itemLabel} ${i + 1}`, text: item.text }),
      );
    } else {
      entries.push({ key: s.key, section: s.label, field: s.label, text: typeof value === 'string' ? value : '' });
    }
  }
  return entries.filter((e) => e.text !== '');
}

export type EntryChange =
  | { kind: 'added'; key: string; section: string; field: string; after: string }
  | { kind: 'removed'; key: string; section: string; field: string; before: string }
  | { kind: 'changed'; key: string; section: string; field: string; before: string; after: string };

/** What changed between two versions, in the later version's order, removals last. */
export function compareEntries(before: DocumentEntry[], after: DocumentEntry[]): EntryChange[] {
  const old = new Map(before.map((e) => [e.key, e]));
  const changes: EntryChange[] = [];
  for (const e of after) {
    const prior = old.get(e.key);
    if (!prior) changes.push({ kind: 'added', key: e.key, section: e.section, field: e.field, after: e.text });
    else if (prior.text !== e.text)
      changes.push({ kind: 'changed', key: e.key, section: e.section, field: e.field, before: prior.text, after: e.text });
    old.delete(e.key);
  }
  for (const e of old.values()) changes.push({ kind: 'removed', key: e.key, section: e.section, field: e.field, before: e.text });
  return changes;
}

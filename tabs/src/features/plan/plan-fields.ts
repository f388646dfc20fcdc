import type { PlanWrites } from '../../api/client';
import type { CommitmentPlan, PlanDocument } from '../../api/types';
import type { FieldAdapter } from '../../shared/document/document-session';

/** The plan's autosaved fields, by key: an activity's outcome, written during and after the year. */
export const outcomeKey = (activityId: string) => `activity/${activityId}/outcome`;

function findActivity(plan: CommitmentPlan, id: string) {
  for (const area of plan.goalAreas) for (const c of area.commitments) for (const a of c.activities) if (a.id === id) return a;
  return undefined;
}

export function planFields(writes: PlanWrites): FieldAdapter<PlanDocument> {
  return {
    batch: 1, // one entity per request
    read(doc, key) {
      const [kind, id, field] = key.split('/');
      if (kind === 'activity' && field === 'outcome') return findActivity(doc.plan, id)?.outcome ?? '';
      return '';
    },
    write(etag, [field]) {
      const [kind, id, name] = field.key.split('/');
      if (kind !== 'activity' || name !== 'outcome') throw new Error(`unknown plan field ${field.key}`);
      return writes.updateActivity(etag, id, { outcome: String(field.value) });
    },
  };
}

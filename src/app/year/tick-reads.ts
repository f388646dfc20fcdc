/**
 * What one tick of the year wheel reads, read once for all units and kept for that tick only
 * (issue 15): the units, their principals, every unit's plan or report status of a year (one
 * query per document kind) and every unit's plan tree (readPlanTrees). The tick's rules ask it
 * unit by unit, as they asked the store before; the store sees a few set-based queries per tick
 * whatever the number of units. A new tick reads afresh.
 */
import type { DocumentStatus } from '../../domain/plan';
import type { SchoolUnit } from '../store/records';
import type { Directory } from '../directory/directory';
import { readPlanTrees, type PlanTrees } from '../documents/plan-trees';
import { queryAll, type ListStore } from '../ports/list-store';

/** The reads a dialogue reminder makes per invited unit (DialogueReminders). */
export interface UnitStatusReads {
  unit(unitId: string): Promise<SchoolUnit | undefined>;
  documentStatus(document: 'plan' | 'report', unitId: string, schoolYear: string): Promise<DocumentStatus | undefined>;
}

export class TickReads implements UnitStatusReads {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
  ) {}

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      this.memo.set(key, value);
      // A failed read is not kept: the next ask reads again.
      value.catch(() => this.memo.delete(key));
    }
    return value;
  }

  units(): Promise<SchoolUnit[]> {
    return this.once('units', () => this.directory.allUnits());
  }

  async unit(unitId: string): Promise<SchoolUnit | undefined> {
    const byId = await this.once('unitsById', async () => new Map((await this.units()).map((u) => [u.id, u])));
    return byId.get(unitId);
  }

  principalsByUnit(): Promise<Map<string, string[]>> {
    return this.once('principals', () => this.directory.principalsByUnit());
  }

  /** The status of a unit's plan or report for a year; undefined when not started (as DialogueCore.documentStatus). */
  async documentStatus(document: 'plan' | 'report', unitId: string, schoolYear: string): Promise<DocumentStatus | undefined> {
    const statuses = await this.once(`status:${document}:${schoolYear}`, async () => {
      const items = await queryAll(this.store, document === 'plan' ? 'plans' : 'reports', { schoolYear }, ['unitId', 'status']);
      const byUnit = new Map<string, DocumentStatus>();
      // The first item of a unit, as a query by unit and year takes it.
      for (const item of items) {
        const id = String(item.fields.unitId ?? '');
        if (!byUnit.has(id)) byUnit.set(id, item.fields.status as DocumentStatus);
      }
      return byUnit;
    });
    return statuses.get(unitId);
  }

  /** Every unit's plan tree of the year; units in `unsettled` are for the caller to read on their own. */
  planTrees(schoolYear: string): Promise<PlanTrees> {
    return this.once(`trees:${schoolYear}`, () => readPlanTrees(this.store, schoolYear));
  }
}

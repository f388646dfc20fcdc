import { previousSchoolYear, schoolYearOf, startYear } from '../../domain/school-year';
import { curriculumOf } from '../../domain/school-forms';
import type { Directory } from '../directory';
import type { PlanService } from '../plans';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import {
  DEMO_PEOPLE,
  DEMO_PRESCHOOL_COMMITMENTS,
  DEMO_SCHOOL_COMMITMENTS,
  DEMO_UNITS,
  type DemoCommitment,
} from './demo-municipality';

interface SeedDeps {
  store: ListStore;
  directory: Directory;
  plans: PlanService;
  clock: Clock;
}

/** Units whose current plan is left not started, so the year's first step can be shown. */
const NOT_STARTED_THIS_YEAR = new Set(['bjorkskolan', 'asen', 'tallidens']);

/**
 * Seeds the demo municipality on first start (when there are no units): units, people,
 * memberships, last year's final plans and this year's drafts. Every create carries a key,
 * so an interrupted seed can run again without duplicates.
 */
export async function seedDemoMunicipality({ store, directory, plans, clock }: SeedDeps): Promise<boolean> {
  if ((await store.query('units', { top: 1 })).items.length > 0) return false;
  const unitIds = new Map<string, string>();
  for (const u of DEMO_UNITS) {
    const item = await store.create(
      'units',
      { name: u.name, schoolForm: u.schoolForm, schoolUnitCode: u.schoolUnitCode, koladaId: u.koladaId, modifiedById: 'seed' },
      { key: `unit:${u.ref}` },
    );
    unitIds.set(u.ref, item.id);
  }
  const principals = new Map<string, string>();
  for (const p of DEMO_PEOPLE) {
    const person = await store.create(
      'people',
      { displayName: p.displayName, email: p.email, aadObjectId: '', appRoles: JSON.stringify(p.appRoles), modifiedById: 'seed' },
      { key: `person:${p.ref}` },
    );
    for (const [unitRef, role] of p.units) {
      const unitId = unitIds.get(unitRef)!;
      await store.create('memberships', { unitId, personId: person.id, role, modifiedById: 'seed' }, { key: `membership:${unitRef}:${p.ref}:${role}` });
      if (role === 'principal') principals.set(unitRef, person.id);
    }
  }

  const [year, month] = clock.today().split('-').map(Number);
  const current = schoolYearOf(year, month);
  const previous = previousSchoolYear(current);
  for (const u of DEMO_UNITS) {
    const principal = await directory.person(principals.get(u.ref)!);
    const actor = await directory.actorFor(principal!);
    const unitId = unitIds.get(u.ref)!;
    const content = curriculumOf(u.schoolForm) === 'lpfo18' ? DEMO_PRESCHOOL_COMMITMENTS : DEMO_SCHOOL_COMMITMENTS;
    const last = await writePlan(plans, actor, unitId, previous, content);
    await store.update('plans', last.plan.id, { status: 'final', modifiedById: actor.userId });
    if (!NOT_STARTED_THIS_YEAR.has(u.ref)) await writePlan(plans, actor, unitId, current, content.slice(0, 1), clock.today());
  }
  return true;
}

async function writePlan(
  plans: PlanService,
  actor: Parameters<PlanService['start']>[0],
  unitId: string,
  schoolYear: string,
  commitments: DemoCommitment[],
  notAfter?: string,
) {
  let doc = await plans.start(actor, unitId, schoolYear);
  const firstDay = startYear(schoolYear);
  for (const c of commitments) {
    let area = doc.plan.goalAreas.find((g) => g.key === c.goalArea);
    if (!area) {
      doc = await plans.addGoalArea(actor, unitId, schoolYear, doc.etag, c.goalArea);
      area = doc.plan.goalAreas.find((g) => g.key === c.goalArea)!;
    }
    doc = await plans.addCommitment(actor, unitId, schoolYear, doc.etag, area.id, c);
    const commitmentId = doc.plan.goalAreas.find((g) => g.id === area!.id)!.commitments.at(-1)!.id;
    for (const a of c.activities) doc = await plans.addActivity(actor, unitId, schoolYear, doc.etag, commitmentId, a);
    for (const f of c.followUps) {
      const date = monthsAfterStart(firstDay, f.monthOffset);
      if (notAfter && date > notAfter) continue;
      doc = await plans.addFollowUp(actor, unitId, schoolYear, doc.etag, commitmentId, { date, status: f.status, note: f.note });
    }
  }
  return doc;
}

/** The 20th of the month that lies `offset` months after the school year's start in August. */
function monthsAfterStart(startYear: number, offset: number): string {
  const monthIndex = 7 + offset; // August is month index 7
  const y = startYear + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-20`;
}

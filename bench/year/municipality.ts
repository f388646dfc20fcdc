/**
 * The bench's municipality: 300 units over four school forms, a principal each, three staff a
 * unit (the process dialogue invites them), ten organisers, and everyone met by the bot (a
 * conversation reference pointing at the local Bot Connector). Written before the year starts,
 * in batches, and not counted.
 */
import type { ListStore } from '../../src/app/ports/list-store';

export const FORMS = ['preschool', 'compulsoryF3', 'compulsory46', 'compulsory79'] as const;
export const ORGANISERS = 10;
export const STAFF_PER_UNIT = 3;

export interface Municipality {
  unitIds: string[];
  schoolFormOf: Map<string, string>;
  principalOf: Map<string, string>;
  staffOf: Map<string, string[]>;
  organiserIds: string[];
}

export async function writeMunicipality(store: ListStore, units: number, connectorUrl: string): Promise<Municipality> {
  const unitItems = await store.createMany(
    'units',
    Array.from({ length: units }, (_, i) => ({
      fields: {
        name: `Enhet ${String(i + 1).padStart(3, '0')}`,
        schoolForm: FORMS[i % FORMS.length],
        schoolUnitCode: String(90000000 + i),
        koladaId: '',
        modifiedById: 'bench',
      },
    })),
  );
  const person = (ref: string, name: string, roles: string[] = []) => ({
    fields: {
      displayName: name,
      email: `${ref}@bench.example`,
      aadObjectId: `aad-${ref}`,
      appRoles: JSON.stringify(roles),
      modifiedById: 'bench',
    },
  });
  const organisers = await store.createMany(
    'people',
    Array.from({ length: ORGANISERS }, (_, i) => person(`org${i}`, `Organisatör ${i}`, ['organiser'])),
  );
  const principals = await store.createMany(
    'people',
    unitItems.map((_, i) => person(`rek${i}`, `Rektor ${i}`)),
  );
  const staff = await store.createMany(
    'people',
    Array.from({ length: units * STAFF_PER_UNIT }, (_, i) => person(`ped${i}`, `Pedagog ${i}`)),
  );
  const memberships = unitItems.flatMap((u, i) => [
    { fields: { unitId: u.id, personId: principals[i].id, role: 'principal', modifiedById: 'bench' } },
    ...staff
      .slice(i * STAFF_PER_UNIT, (i + 1) * STAFF_PER_UNIT)
      .map((s) => ({ fields: { unitId: u.id, personId: s.id, role: 'staff', modifiedById: 'bench' } })),
  ]);
  await store.createMany('memberships', memberships);
  const everyone = [...organisers, ...principals, ...staff];
  await store.createMany(
    'conversationReferences',
    everyone.map((p) => {
      const ref = String(p.fields.aadObjectId).slice(4);
      return {
        fields: {
          userKey: `user-${ref}`,
          personId: p.id,
          reference: JSON.stringify({
            serviceUrl: connectorUrl,
            channelId: 'msteams',
            conversation: { id: `a:${ref}`, conversationType: 'personal' },
            user: { id: `29:${ref}`, aadObjectId: p.fields.aadObjectId },
            bot: { id: '28:ska-bot' },
          }),
          updatedAt: new Date().toISOString(),
        },
      };
    }),
  );
  return {
    unitIds: unitItems.map((u) => u.id),
    schoolFormOf: new Map(unitItems.map((u) => [u.id, String(u.fields.schoolForm)])),
    principalOf: new Map(unitItems.map((u, i) => [u.id, principals[i].id])),
    staffOf: new Map(unitItems.map((u, i) => [u.id, staff.slice(i * STAFF_PER_UNIT, (i + 1) * STAFF_PER_UNIT).map((s) => s.id)])),
    organiserIds: organisers.map((o) => o.id),
  };
}

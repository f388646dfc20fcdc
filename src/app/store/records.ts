/**
 * Mappers at the store boundary: list item fields ⇄ domain objects, checked by schema,
 * so a column that holds something unexpected fails loudly instead of leaking into the domain.
 */
import { z } from 'zod';
import { APP_ROLES, UNIT_ROLES, type Membership } from '../../domain/identity';
import { DOCUMENT_STATUSES, FOLLOW_UP_STATUSES, type Activity, type Commitment, type FollowUp, type PlanGoalArea } from '../../domain/plan';
import { SCHOOL_FORM_CODES, type SchoolForm } from '../../domain/school-forms';
import { SUCCESS_FACTOR_CODES, type SuccessFactor } from '../../domain/success-factors';
import type { ListItem } from '../ports/list-store';

const str = z.string();
const optStr = z
  .string()
  .nullable()
  .transform((v) => v ?? '');

export interface SchoolUnit {
  id: string;
  name: string;
  schoolForm: SchoolForm;
  schoolUnitCode: string;
  koladaId: string;
  /** Closed units (Skolenhetsregistret: UPPHORT) keep their documents. */
  status?: 'open' | 'closed';
  /** Every school form the unit has; schoolForm is the one that decides its goal areas. */
  schoolForms?: SchoolForm[];
  /** The admin set the forms by hand: the directory import keeps them. */
  schoolFormsByHand?: true;
}

export interface Person {
  id: string;
  displayName: string;
  email: string;
  aadObjectId: string;
  appRoles: (typeof APP_ROLES)[number][];
  /** 'active' from the directory import, 'left' no longer in its groups; '' added by hand or seed. */
  directoryStatus?: '' | 'active' | 'left';
}

export interface PlanHeader {
  id: string;
  etag: string;
  unitId: string;
  schoolYear: string;
  status: (typeof DOCUMENT_STATUSES)[number];
  modified: string;
  modifiedById: string;
}

/** Made once: a schema built per item costs more than the parse. */
const schoolFormList = z.array(z.enum(SCHOOL_FORM_CODES));
const appRoleList = z.array(z.enum(APP_ROLES));

const unitFields = z.object({
  name: str,
  schoolForm: z.enum(SCHOOL_FORM_CODES),
  schoolUnitCode: optStr,
  koladaId: optStr,
  status: z
    .enum(['open', 'closed', ''])
    .nullish()
    .transform((v) => (v === 'closed' ? 'closed' : 'open') as 'open' | 'closed'),
  schoolForms: z
    .string()
    .nullish()
    .transform((v) => schoolFormList.parse(v ? JSON.parse(v) : [])),
  schoolFormsByHand: z
    .string()
    .nullish()
    .transform((v) => v === 'admin'),
});
export const toUnit = (item: ListItem): SchoolUnit => {
  const u = unitFields.parse(item.fields);
  const { schoolFormsByHand, ...rest } = u;
  return {
    id: item.id,
    ...rest,
    schoolForms: u.schoolForms.length ? u.schoolForms : [u.schoolForm],
    ...(schoolFormsByHand ? { schoolFormsByHand: true as const } : {}),
  };
};

const personFields = z.object({
  displayName: str,
  email: optStr,
  aadObjectId: optStr,
  appRoles: optStr.transform((v) => appRoleList.parse(v ? JSON.parse(v) : [])),
  directoryStatus: z
    .enum(['active', 'left', ''])
    .nullish()
    .transform((v) => v ?? ''),
});
export const toPerson = (item: ListItem): Person => ({ id: item.id, ...personFields.parse(item.fields) });

const membershipFields = z.object({ unitId: str, personId: str, role: z.enum(UNIT_ROLES) });
export const toMembership = (item: ListItem): Membership & { personId: string } => membershipFields.parse(item.fields);

const planFields = z.object({ unitId: str, schoolYear: str, status: z.enum(DOCUMENT_STATUSES), modifiedById: optStr });
export const toPlanHeader = (item: ListItem): PlanHeader => ({
  id: item.id,
  etag: item.etag,
  modified: item.modified,
  ...planFields.parse(item.fields),
});

const goalAreaFields = z.object({ key: str, label: str, required: z.boolean().nullable().transform(Boolean), position: z.number() });
export const toGoalArea = (item: ListItem): PlanGoalArea => ({ id: item.id, ...goalAreaFields.parse(item.fields), commitments: [] });

const jsonList = optStr.transform((v) => z.array(z.string()).parse(v ? JSON.parse(v) : []));
const commitmentFields = z.object({
  goalAreaId: str,
  title: optStr,
  description: optStr,
  intendedEffects: optStr,
  boardGoalIds: jsonList,
  successFactors: jsonList,
  position: z.number(),
});
export const toCommitment = (item: ListItem): Commitment => {
  const { successFactors, ...rest } = commitmentFields.parse(item.fields);
  return { id: item.id, ...rest, successFactors: successFactors.filter(isSuccessFactor), activities: [], followUps: [] };
};
const isSuccessFactor = (v: string): v is SuccessFactor => (SUCCESS_FACTOR_CODES as readonly string[]).includes(v);

const activityFields = z.object({ commitmentId: str, title: optStr, expectedResult: optStr, outcome: optStr, position: z.number() });
export const toActivity = (item: ListItem): Activity => ({ id: item.id, ...activityFields.parse(item.fields) });

const followUpFields = z.object({
  commitmentId: str,
  date: str.transform((d) => d.slice(0, 10)),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: optStr,
  authorId: optStr,
  authorName: optStr,
});
export const toFollowUp = (item: ListItem): FollowUp => ({ id: item.id, ...followUpFields.parse(item.fields) });

/** Plans and their parts share one indexed key, so a whole plan tree is read in one round trip. */
export const planKeyOf = (unitId: string, schoolYear: string) => `${unitId}|${schoolYear}`;

/** Who is signed in, the units they see, the dev sign-in, and what the tab reads before sign-in. */
import { z } from 'zod';
import { APP_ROLES, UNIT_ROLES } from '../domain/identity';
import { SCHOOL_FORM_CODES } from '../domain/school-forms';
import { WAITING_KINDS } from '../app/documents/waiting-item';
import { DocumentName, DocumentStatus, id } from './common';

export const UnitParams = z.object({ unitId: id });
export const LoginBody = z.strictObject({ userId: id });

export const Role = z.enum([...APP_ROLES, ...UNIT_ROLES]);
export type Role = z.infer<typeof Role>;
export const UnitRole = z.enum(UNIT_ROLES);
export type UnitRole = z.infer<typeof UnitRole>;

export const Unit = z.strictObject({
  id: z.string(),
  name: z.string(),
  schoolForm: z.enum(SCHOOL_FORM_CODES),
  schoolFormLabel: z.string(),
  schoolUnitCode: z.string(),
  koladaId: z.string(),
  /** A unit closed in Skolenhetsregistret is kept, with its documents, and marked closed. */
  status: z.enum(['open', 'closed']),
  /** Every school form the unit has (the first is its own); each brings its curriculum's goal areas. */
  schoolForms: z.array(z.enum(SCHOOL_FORM_CODES)),
  /** Present when the admin set the school forms by hand (the directory import then keeps them). */
  schoolFormsByHand: z.literal(true).optional(),
});
export type Unit = z.infer<typeof Unit>;
export const Units = z.array(Unit);
/** A unit as the documents carry it (without the label). */
export const DocumentUnit = Unit.omit({ schoolFormLabel: true });

export const Me = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  memberships: z.array(z.strictObject({ unitId: z.string(), role: UnitRole })),
});
export type Me = z.infer<typeof Me>;

/** The status of each document of the person's units, for "Mitt kvalitetsarbete". */
export const DocumentSummary = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(['plan', 'report']),
  schoolYear: z.string(),
  status: DocumentStatus.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export const MyDocuments = z.array(DocumentSummary);

export const DevUser = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  unitIds: z.array(z.string()),
  units: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});
export type DevUser = z.infer<typeof DevUser>;
export const DevUsers = z.array(DevUser);
export const DevToken = z.strictObject({ token: z.string() });
/** What the bot "sent" to the demo people (their connector is in-process, bot/demo-connector.ts), newest last. */
export const DemoDeliveries = z.array(
  z.strictObject({
    activityId: z.string(),
    outboxId: z.string(),
    to: z.string().optional(),
    kind: z.string(),
    summary: z.string().optional(),
    activity: z.unknown(),
  }),
);

export const AuthMode = z.enum(['dev', 'entra']);
export type AuthMode = z.infer<typeof AuthMode>;
export const AppConfig = z.strictObject({
  authMode: AuthMode,
  municipalityName: z.string(),
  /** Display form, e.g. "2026/27". */
  currentSchoolYear: z.string(),
  /** The one before it ("2025/26"): the year picker's other year, the personal page's last year, the annual follow-up's default. */
  previousSchoolYear: z.string(),
  teamsAppId: z.string(),
  /** What this municipality calls its documents (the chosen preset's names). */
  documentLabels: z.strictObject({ plan: z.string(), report: z.string(), organiser: z.string() }),
  /** The same names in running text ("åtagandeplanen"): the tab's only source of them. */
  documentNames: z.strictObject({ plan: DocumentName, report: DocumentName, organiser: DocumentName }),
  /** Skolformer by code with the names people read (the admin's settings offer them). */
  schoolForms: z.array(z.strictObject({ code: z.string(), label: z.string() })),
  /** Public identifiers only, for the consent page (SKA_AUTH=entra). */
  entra: z.strictObject({ clientId: z.string(), appIdUri: z.string(), authority: z.string() }).optional(),
});
export type AppConfig = z.infer<typeof AppConfig>;

export const Health = z.strictObject({ status: z.literal('ok'), store: z.string() });
/** The OpenAPI document itself: described by its own standard, not here. */
export const OpenApiDocument = z.object({ openapi: z.string(), info: z.unknown(), paths: z.record(z.string(), z.unknown()) });
/** The two documents of a unit's year; `plans`/`reports` in the API's paths. */
export type DocumentKind = DocumentSummary['kind'];

/** What needs the signed-in person now, most urgent first (GET /api/me/waiting). */
export const WaitingItem = z.strictObject({
  kind: z.enum(WAITING_KINDS),
  title: z.string(),
  detail: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  dueDate: z.string().nullable(),
  target: z.union([
    z.strictObject({ view: z.literal('document'), unitId: z.string(), schoolYear: z.string(), doc: z.enum(['plan', 'report']) }),
    z.strictObject({ view: z.enum(['dialogues', 'intranet', 'survey']) }),
  ]),
});
export type WaitingItem = z.infer<typeof WaitingItem>;
export const MyWaitingList = z.array(WaitingItem);

/**
 * The year wheel as the organiser keeps it: a settings entry of its own ("yearWheel", beside the
 * process configuration), validated by shape here and by meaning in the domain.
 */
import { z } from 'zod';
import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import { surveyRoundClashes } from '../../domain/survey-schedule';
import {
  DEFAULT_YEAR_WHEEL,
  resolveYearWheel,
  upcomingFor,
  WHEEL_AUDIENCES,
  type ResolvedEvent,
  type WheelAudience,
  type YearWheel,
} from '../../domain/year-wheel';
import { validateYearWheel } from '../../domain/year-wheel-validation';
import type { Clock } from '../ports/clock';
import { ConflictError, queryAll, type ListItem, type ListStore } from '../ports/list-store';

const monthDay = z.strictObject({ month: z.number().int(), day: z.number().int() });
const base = {
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck.'),
  label: z.string().max(120),
  description: z.string().max(500).optional(),
  audience: z.array(z.enum(WHEEL_AUDIENCES)).max(4),
};
const remind = z.array(z.number().int()).max(5);

const dialogueTypeSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9-]{1,40}$/),
  label: z.string().min(1).max(80),
  grouping: z.enum(['schoolForm', 'unit', 'all']),
  brings: z.strictObject({ document: z.enum(['plan', 'report']), text: z.string().max(300), linkTitle: z.string().max(80) }).optional(),
});

export const yearWheelSchema = z.strictObject({
  dialogueTypes: z.array(dialogueTypeSchema).max(20).optional(),
  events: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          ...base,
          kind: z.literal('dialogueWindow'),
          dialogueKind: z.string().regex(/^[a-z][a-zA-Z0-9-]{1,40}$/),
          start: monthDay,
          end: monthDay,
          remindDaysBefore: remind,
        }),
        z.strictObject({
          ...base,
          kind: z.literal('surveyRound'),
          start: monthDay,
          end: monthDay,
          respondents: z.enum(['children', 'guardians']).optional(),
        }),
        z.strictObject({
          ...base,
          kind: z.literal('documentDeadline'),
          document: z.enum(['plan', 'report']),
          requirement: z.enum(['readyForDialogue', 'started']),
          date: monthDay,
          time: z.string().max(5),
          remindDaysBefore: remind,
        }),
        z.strictObject({ ...base, kind: z.literal('boardMeeting'), date: monthDay, time: z.string().max(5) }),
        z.strictObject({ ...base, kind: z.literal('milestone'), date: monthDay, time: z.string().max(5) }),
        z.strictObject({
          ...base,
          kind: z.literal('checkIn'),
          months: z.array(z.number().int()).max(12),
          day: z.number().int(),
          time: z.string().max(5),
          skipIfFollowedUpWithinDays: z.number().int(),
        }),
      ]),
    )
    .max(60),
});

const YEAR_WHEEL = 'yearWheel';

export interface StoredYearWheel {
  wheel: YearWheel;
  /** Absent while the default applies (nothing saved yet). */
  etag?: string;
  isDefault: boolean;
}

/** Whose roles an actor has, in the wheel's terms. */
export function wheelRolesOf(actor: Actor): WheelAudience[] {
  const roles = new Set<WheelAudience>();
  for (const r of actor.appRoles) if (r === 'organiser' || r === 'board') roles.add(r);
  for (const m of actor.memberships) roles.add(m.role);
  return [...roles];
}

export class YearWheelService {
  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<StoredYearWheel> {
    const item = await this.item();
    if (!item || typeof item.fields.value !== 'string') return { wheel: DEFAULT_YEAR_WHEEL, isDefault: true };
    return { wheel: yearWheelSchema.parse(JSON.parse(item.fields.value)) as YearWheel, etag: item.etag, isDefault: false };
  }

  async wheel(): Promise<YearWheel> {
    return (await this.get()).wheel;
  }

  /**
   * Saves an edited wheel. Bad dates are refused with every problem named; a save over someone
   * else's newer one (If-Match) is a conflict.
   */
  async save(actor: Actor, wheel: YearWheel, ifMatch: string | undefined): Promise<StoredYearWheel> {
    if (!actor.appRoles.some((r) => r === 'organiser' || r === 'admin'))
      throw forbidden('Bara huvudmannanivån och systemförvaltaren kan ändra årshjulet.');
    // Which half of the year a round falls in is the same every year: any school year shows a clash.
    const problems = [
      ...validateYearWheel(wheel),
      ...surveyRoundClashes(wheel, '2026/27').map((message) => ({ key: 'surveyRound', message })),
    ];
    if (problems.length) throw new DomainError('YEAR_WHEEL_INVALID', problems.map((p) => p.message).join(' '), { problems });
    const value = JSON.stringify(yearWheelSchema.parse(wheel));
    const item = await this.item();
    try {
      if (item) {
        if (!ifMatch)
          throw new DomainError(
            'PRECONDITION_REQUIRED',
            'Ändringen saknar versionsuppgift (If-Match). Ladda om årshjulet och försök igen.',
          );
        await this.store.update('settings', item.id, { value, modifiedById: actor.userId }, { ifMatch });
      } else {
        await this.store.create('settings', { name: YEAR_WHEEL, value, modifiedById: actor.userId }, { key: `settings:${YEAR_WHEEL}` });
      }
    } catch (e) {
      if (e instanceof ConflictError)
        throw new DomainError('CONFLICT', 'Någon annan har ändrat årshjulet sedan du öppnade det. Ladda om och gör din ändring igen.');
      throw e;
    }
    return this.get();
  }

  async events(schoolYear: string): Promise<ResolvedEvent[]> {
    return resolveYearWheel(await this.wheel(), parseSchoolYear(schoolYear));
  }

  /** What is ahead this school year for someone with the actor's roles. */
  async upcomingFor(actor: Actor, schoolYear: string): Promise<ResolvedEvent[]> {
    return upcomingFor(await this.events(schoolYear), wheelRolesOf(actor), this.clock.now());
  }

  private async item(): Promise<ListItem | undefined> {
    const [item] = await queryAll(this.store, 'settings', { name: YEAR_WHEEL });
    return item;
  }
}

/**
 * The school year 2026/27 of the bench's municipality, as the people in it would do it, through
 * the same use cases the tab and the cards call: each call is one user action at a work minute
 * of the day it would happen on.
 */
import type { Actor } from '../../src/domain/identity';
import type { SchoolForm } from '../../src/domain/school-forms';
import { addDays, swedishDate, swedishToInstant } from '../../src/domain/swedish-time';
import { queryAll } from '../../src/app/ports/list-store';
import { commitmentSeeds, demoContentOf } from '../../src/app/seed/demo-municipality';
import { demoAnswers } from '../../src/app/seed/demo-answers';
import type { SectionUpdate } from '../../src/app/documents/reports';
import type { HttpServices } from '../../src/http/services';
import { workdays, type YearCalendar } from './calendar';
import type { Municipality } from './municipality';

export const YEAR = '2026/27';
export const FIRST_DAY = '2026-08-10';
export const LAST_DAY = '2027-06-30';

export interface YearPlan {
  /** TLD answers per round (two rounds). */
  answersPerRound: number;
  /** Follow-up months (one follow-up per commitment each month). */
  followUpMonths: string[];
  /** School days the ten organisers open the overview. */
  overviewDays: string[];
}

export const CLASS_SIZE = 25;
export const OVERVIEW_ACTIVITY = 'overview opened';
export const ANSWER_ACTIVITY = 'TLD answer submitted';
export const TICK_ACTIVITY = 'year wheel tick (daily)';

export class YearScript {
  private readonly actors = new Map<string, Actor>();

  constructor(
    private readonly s: HttpServices,
    private readonly m: Municipality,
    private readonly cal: YearCalendar,
    private readonly plan: YearPlan,
    /** Runs the bench's own reads apart from the year's counts. */
    private readonly bookkeeping: <T>(step: () => Promise<T>) => Promise<T>,
    private readonly tick: () => Promise<unknown>,
  ) {}

  async actor(personId: string): Promise<Actor> {
    let a = this.actors.get(personId);
    if (!a) this.actors.set(personId, (a = await this.s.directory.actorFor((await this.s.directory.person(personId))!)));
    return a;
  }

  private organiser(i = 0) {
    return this.actor(this.m.organiserIds[i % this.m.organiserIds.length]);
  }

  /** Everything of the year, scheduled; dialogue answers and TLD answers are scheduled when their round exists. */
  schedule(): void {
    const { cal, m } = this;
    for (const unitId of m.unitIds) {
      const principal = () => this.actor(m.principalOf.get(unitId)!);
      const form = m.schoolFormOf.get(unitId) as SchoolForm;
      const seeds = commitmentSeeds(demoContentOf(form));
      cal.sometime(
        '2026-08-12',
        '2026-08-21',
        'plan written (start with commitments)',
        async () => this.s.plans.start(await principal(), unitId, YEAR, seeds),
        { key: `plan:${unitId}` },
      );
      cal.sometime('2026-08-24', '2026-08-31', 'plan marked ready', async () => this.transition(await principal(), unitId, 'ready'), {
        key: `plan:${unitId}`,
      });
      cal.sometime(
        '2026-10-05',
        '2026-10-16',
        'plan finalised (organiser)',
        async () => this.transition(await this.organiser(), unitId, 'finalise'),
        { key: `plan:${unitId}` },
      );
      for (const month of this.plan.followUpMonths) {
        cal.sometime(
          `${month}-01`,
          `${month}-28`,
          'follow-up added',
          async () => {
            const actor = await principal();
            let doc = (await this.s.plans.get(actor, unitId, YEAR))!;
            for (const c of doc.plan.goalAreas.flatMap((g) => g.commitments)) {
              doc = await this.s.plans.addFollowUp(actor, unitId, YEAR, doc.etag, c.id, {
                status: 'onTrack',
                note: 'Arbetet går enligt plan; arbetslaget ser att arbetssätten används.',
              });
            }
          },
          { key: `plan:${unitId}` },
        );
      }
      cal.sometime(
        '2027-05-17',
        '2027-05-28',
        'report written',
        async () => {
          const actor = await principal();
          const doc = await this.s.reports.start(actor, unitId, YEAR);
          return this.s.reports.write(actor, unitId, YEAR, doc.etag, reportText(doc));
        },
        { key: `report:${unitId}` },
      );
      cal.sometime(
        '2027-06-01',
        '2027-06-04',
        'report marked ready',
        async () => {
          const actor = await principal();
          const doc = (await this.s.reports.get(actor, unitId, YEAR))!;
          return this.s.reports.transition(actor, unitId, YEAR, doc.etag, 'ready');
        },
        { key: `report:${unitId}` },
      );
      cal.sometime(
        '2027-06-07',
        '2027-06-11',
        'report finalised (organiser)',
        async () => {
          const actor = await this.organiser();
          const doc = (await this.s.reports.get(actor, unitId, YEAR))!;
          return this.s.reports.transition(actor, unitId, YEAR, doc.etag, 'finalise');
        },
        { key: `report:${unitId}` },
      );
    }
    this.dialogue('conditions', '2026-08-25', '2026-09-07');
    this.dialogue('process', '2026-10-26', '2026-11-09');
    this.dialogue('results', '2027-04-26', '2027-05-10');
    this.tld('autumn', '2026-10-01', '2026-10-30', 0);
    this.tld('spring', '2027-04-01', '2027-04-30', 1);
    for (const day of this.plan.overviewDays) {
      for (let i = 0; i < m.organiserIds.length; i++)
        cal.at(day, cal.workMinute(8, 1), OVERVIEW_ACTIVITY, async () => this.s.overview.get(await this.organiser(i), YEAR));
    }
    // A barrier: nothing after it starts until the tick is done. The tick runs for minutes of
    // simulated time behind the budget pacer, and the next day's actions, stamped a day on, made
    // the meter drop the tick's own minute (GraphBudget keeps a day before its latest second):
    // its pacer then saw half the minute and let the tick through at 800 RU.
    for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1))
      cal.at(day, '06:00', TICK_ACTIVITY, () => this.tick(), { barrier: true });
    cal.at(
      '2027-06-21',
      '10:00',
      'annual follow-up written',
      async () => {
        const organiser = await this.organiser();
        const doc = await this.s.annual.start(organiser, YEAR);
        const updates = doc.definition.sections.flatMap((section): SectionUpdate[] =>
          section.kind === 'text'
            ? [{ sectionKey: section.key, value: `${section.label}: se enheternas underlag.` }]
            : section.kind === 'list'
              ? [{ sectionKey: section.key, value: [{ text: 'Trygghet på raster' }] }]
              : [],
        );
        return this.s.annual.write(organiser, YEAR, doc.etag, updates);
      },
      { key: 'annual' },
    );
    cal.at(
      '2027-06-23',
      '10:00',
      'annual follow-up published',
      async () => {
        const organiser = await this.organiser();
        let doc = (await this.s.annual.get(organiser, YEAR))!;
        doc = await this.s.annual.transition(organiser, YEAR, doc.etag, 'ready');
        await this.s.annual.transition(organiser, YEAR, doc.etag, 'finalise');
        return this.s.publishing.publishAnnual(organiser, YEAR);
      },
      { key: 'annual' },
    );
  }

  private async transition(actor: Actor, unitId: string, t: 'ready' | 'finalise') {
    const doc = (await this.s.plans.get(actor, unitId, YEAR))!;
    return this.s.plans.transition(actor, unitId, YEAR, doc.etag, t);
  }

  /** Groups proposed and timed, invitations sent; each invitee answers within three workdays. */
  private dialogue(kind: string, createOn: string, meetingsFrom: string) {
    const { cal } = this;
    let roundId = '';
    cal.at(
      createOn,
      '09:00',
      `dialogue round created (${kind})`,
      async () => {
        const organiser = await this.organiser();
        const proposal = await this.s.dialogues.propose(organiser, kind, YEAR);
        // Within the wheel's window for the kind; five meetings a day so 300 units' groups fit.
        const last = addDays(meetingsFrom, 40) < proposal.windowEnd ? addDays(meetingsFrom, 40) : proposal.windowEnd;
        const days = workdays(meetingsFrom, last);
        const round = await this.s.dialogues.create(organiser, {
          kind,
          schoolYear: YEAR,
          groups: proposal.groups.map((g, i) => {
            const date = days[Math.floor(i / 5) % days.length];
            const hour = ['08:00', '09:45', '13:00', '14:45', '16:00'][i % 5];
            return {
              name: g.name,
              unitIds: g.unitIds,
              staffIds: g.staffIds,
              start: swedishToInstant(date, hour).toISOString(),
              end: new Date(swedishToInstant(date, hour).getTime() + 90 * 60_000).toISOString(),
              place: 'Stadshuset',
            };
          }),
        });
        roundId = round.id;
      },
      { key: `dialogue:${kind}` },
    );
    const sendOn = addDays(createOn, 1);
    cal.at(
      sendOn,
      '09:30',
      `invitations sent (${kind})`,
      async () => {
        // The leader's work items for the round (on SharePoint: writing a large round's groups, then
        // the groups' invitations) are waited for apart from the year's counts.
        const roundWork = () =>
          this.bookkeeping(async () => {
            const work = () => queryAll(this.s.store, 'outbox', { source: `roundWork:${roundId}` });
            for (let tries = 0; (await work()).some((i) => i.fields.state !== 'sent') && tries < 3600; tries++)
              await new Promise((r) => setTimeout(r, 250));
          });
        await roundWork(); // the groups were written during the day after the round was made
        await this.s.dialogues.sendInvitations(await this.organiser(), roundId);
        // Who got which invitation is on their card; the bench reads it once the invitations' work is done.
        await roundWork();
        const invitations = await this.bookkeeping(() => queryAll(this.s.store, 'dialogueInvitations', { roundId }));
        const answerDays = workdays(addDays(sendOn, 1), addDays(sendOn, 5)).slice(0, 3);
        for (const inv of invitations) {
          cal.at(cal.pick(answerDays), cal.workMinute(), `invitation answered (${kind})`, async () =>
            this.s.dialogues.answer(await this.actor(String(inv.fields.personId)), inv.id, 'accepted'),
          );
        }
      },
      { key: `dialogue:${kind}`, barrier: true },
    );
  }

  /** A TLD round: created, opened, student counts set, the children's answers class by class, closed. */
  private tld(period: 'autumn' | 'spring', opensOn: string, closesOn: string, index: number) {
    const { cal, m } = this;
    let roundId = '';
    cal.at(
      addDays(opensOn, -14),
      '10:00',
      'TLD round created',
      async () => {
        roundId = (await this.s.surveys.createRound(await this.organiser(), { schoolYear: YEAR, period, opensOn, closesOn })).id;
      },
      { key: `tld:${period}` },
    );
    cal.at(
      opensOn,
      '07:30',
      'TLD round opened',
      async () => {
        await this.s.surveys.setStatus(await this.organiser(), roundId, 'open');
        // On SharePoint the links are the leader's background work: a unit's is read (or made, keyed)
        // when the principal first opens the QR page, before the unit's first lesson (below).
        const codes = new Map<string, Promise<string>>();
        const codeOf = (unitId: string) => {
          let code = codes.get(unitId);
          if (!code) {
            code = this.actor(m.principalOf.get(unitId)!)
              .then((a) => this.s.surveys.linkFor(a, unitId, roundId))
              .then((l) => l.code);
            codes.set(unitId, code);
          }
          return code;
        };
        const links = m.unitIds.map((unitId) => ({ unitId }));
        const perUnit = Math.round(this.plan.answersPerRound / links.length);
        const days = workdays(addDays(opensOn, 1), addDays(closesOn, -7));
        for (const link of links) {
          cal.sometime(addDays(opensOn, 1), addDays(opensOn, 5), 'TLD student count set', async () =>
            this.s.surveys.setStudentCount(
              await this.actor(m.principalOf.get(link.unitId)!),
              link.unitId,
              roundId,
              Math.ceil(perUnit * 1.25),
            ),
          );
          const set = m.schoolFormOf.get(link.unitId) === 'preschool' ? 'preschool' : 'school';
          const answers = demoAnswers(set, perUnit, { round: index, unitSalt: link.unitId });
          // A class answers together in a lesson: its answers within ten minutes.
          let first = { day: '', lesson: Infinity };
          for (let c = 0; c * CLASS_SIZE < answers.length; c++) {
            const day = cal.pick(days);
            const lesson = swedishToInstant(day, cal.pick(['08:30', '09:30', '10:30', '13:00', '14:00'])).getTime();
            if (lesson < first.lesson) first = { day, lesson };
            answers.slice(c * CLASS_SIZE, (c + 1) * CLASS_SIZE).forEach((a, i) => {
              const at = new Date(lesson + Math.floor(cal.random() * 10 * 60_000));
              const deviceToken = `bench-${roundId}-${link.unitId}-${c}-${i}`;
              answering.total += 1;
              cal.atInstant(day, at, ANSWER_ACTIVITY, () =>
                codeOf(link.unitId)
                  .then((code) => this.s.surveys.submit(code, { answers: a, deviceToken }))
                  .finally(() => answering.settledOne()),
              );
            });
          }
          // The principal opens the unit's QR page 15–60 minutes before its first class answers.
          if (first.day) {
            const at = new Date(first.lesson - (15 + Math.floor(cal.random() * 45)) * 60_000);
            cal.atInstant(first.day, at, 'TLD QR page opened (principal)', () => codeOf(link.unitId));
          }
        }
      },
      { key: `tld:${period}`, barrier: true },
    );
    // The round closes when its answers are in (every one dispatched before it, by time): a count
    // of the answers scheduled and settled, not a promise kept per answer.
    const answering = new Settling();
    cal.at(
      addDays(closesOn, 1),
      '07:00',
      'TLD round closed (results summed up)',
      async () => this.s.surveys.setStatus(await this.organiser(), roundId, 'closed'),
      { key: `tld:${period}`, after: () => answering.all() },
    );
  }
}

export const dateOf = (at: Date) => swedishDate(at);

/** A count of actions scheduled and settled; all() resolves once every scheduled one has settled. */
class Settling {
  total = 0;
  private settled = 0;
  private waiting: (() => void)[] = [];

  settledOne(): void {
    this.settled += 1;
    if (this.settled >= this.total) for (const resolve of this.waiting.splice(0)) resolve();
  }

  all(): Promise<void> {
    return this.settled >= this.total ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

type ReportDoc = Awaited<ReturnType<HttpServices['reports']['start']>>;

function reportText(doc: ReportDoc): SectionUpdate[] {
  const updates: SectionUpdate[] = [];
  for (const section of doc.definition.sections) {
    if (section.kind === 'perCommitment') {
      for (const c of doc.plan?.goalAreas.flatMap((g) => g.commitments) ?? [])
        for (const f of section.fields)
          updates.push({ sectionKey: section.key, commitmentId: c.id, fieldKey: f.key, value: `${c.title}: genomfört som planerat.` });
    } else if (section.kind === 'text') updates.push({ sectionKey: section.key, value: `${section.label}: se underlaget.` });
    else if (section.kind === 'list') updates.push({ sectionKey: section.key, value: [{ text: 'Fortsatt arbete med läsförståelse' }] });
  }
  return updates;
}

/**
 * The demo municipality in the middle of its year, played through the use cases as people would
 * have done it, on the dates they would have done it (the replay clock), up to today:
 * last school year complete, this one as far as today has come.
 */
import type { Actor } from '../../domain/identity';
import { previousSchoolYear, schoolYearOfDay, startYear } from '../../domain/school-year';
import { curriculumOf } from '../../domain/school-forms';
import { addDays, swedishToInstant } from '../../domain/swedish-time';
import type { SurveyAnswers } from '../../domain/survey';
import { demoAnswers } from './demo-answers';
import { demoKoladaResponse } from './demo-kolada';
import { DEMO_PEOPLE, DEMO_UNITS, demoContentOf } from './demo-municipality';
import { followUpToday, transition, writeAnnual, writeReport, writeYearPlan } from './demo-documents';
import { conditionsDialogue } from './demo-dialogue';
import type { At, DemoYearServices } from './demo-services';

export type { DemoYearServices } from './demo-services';
export { monthsAfterStart, writePlan } from './demo-documents';

/** This year's plans, by unit: every status, one returned with a comment, some not started. */
type ThisYear = 'notStarted' | 'draft' | 'ready' | 'final' | 'returned';
const THIS_YEAR: Record<string, ThisYear> = {
  bjorkskolan: 'ready',
  larkan: 'returned',
  solrosen: 'final',
  ekorren: 'draft',
  havsorn: 'ready',
  strandangen: 'draft',
  asen: 'notStarted',
  kvarnby: 'ready',
  norrbacka: 'final',
  sjoviksskolan: 'final',
  tallidens: 'notStarted',
  sjovikgymnasium: 'final',
  vasagymnasiet: 'returned',
};

/** Why the organiser sent a plan back, in the words of the unit's own curriculum. */
const RETURN_COMMENT = {
  preschool:
    'Tack för planen! Språkåtagandet behöver en tydligare tänkt effekt: hur ser ni i maj att barnens ordförråd har vuxit? Skicka gärna en ny version före höstlovet.',
  school:
    'Tack för planen! Kunskapsåtagandet behöver en tydligare tänkt effekt: hur ser ni i maj att läsförståelsen har ökat? Skicka gärna en ny version före höstlovet.',
};

/** Units whose latest follow-up is a few days old; the others' is from early autumn (stale). */
const FRESH_FOLLOW_UPS = new Set(['bjorkskolan', 'sjoviksskolan', 'norrbacka', 'solrosen', 'sjovikgymnasium']);

/** People who never installed the bot: invitations and TLD links cannot reach them. */
export const UNREACHABLE = new Set(['peter', 'omar', 'ahmed']);

/** TLD answers per unit: how many answer, of how many, and how the year moves (T up, D down). */
const ANSWERS: Record<string, { students: number; answers: [number, number, number] }> = {
  bjorkskolan: { students: 64, answers: [48, 52, 50] },
  larkan: { students: 30, answers: [22, 24, 21] },
  solrosen: { students: 28, answers: [19, 22, 20] },
  ekorren: { students: 24, answers: [15, 18, 16] },
  havsorn: { students: 26, answers: [17, 20, 18] },
  strandangen: { students: 14, answers: [8, 9, 7] }, // below the threshold of 10: hidden
  asen: { students: 40, answers: [31, 33, 30] },
  kvarnby: { students: 58, answers: [41, 45, 39] },
  norrbacka: { students: 70, answers: [55, 58, 54] },
  sjoviksskolan: { students: 120, answers: [84, 90, 79] },
  tallidens: { students: 9, answers: [6, 7, 6] }, // a small school: always below the threshold
  sjovikgymnasium: { students: 150, answers: [96, 88, 92] },
  vasagymnasiet: { students: 110, answers: [61, 70, 64] },
};

const ORGANISER = 'erik';

export async function seedDemoYear(s: DemoYearServices, unitIds: Map<string, string>, personIds: Map<string, string>): Promise<void> {
  const today = s.clock.today();
  const current = schoolYearOfDay(today);
  const previous = previousSchoolYear(current);
  const p0 = startYear(previous);
  const c0 = startYear(current);
  const actors = new Map<string, Actor>();
  for (const [ref, id] of personIds) actors.set(ref, await s.directory.actorFor((await s.directory.person(id))!));
  const organiser = actors.get(ORGANISER)!;
  const principalOf = (unitRef: string) => {
    const ref = DEMO_PEOPLE.find((p) => p.units.some(([u, r]) => u === unitRef && r === 'principal'))!.ref;
    return actors.get(ref)!;
  };
  /** Runs a step at a Swedish date and time, if that has come; later steps of the year are left undone. */
  const at = async (date: string, step: () => Promise<unknown>, time = '10:00') => {
    if (date > today) return false;
    s.clock.replayAt(swedishToInstant(date, time));
    try {
      await step();
    } finally {
      s.clock.replayAt(undefined);
    }
    return true;
  };

  // The bot has met everyone but a few (they installed the app in August last year).
  await at(`${p0}-08-15`, async () => {
    for (const p of DEMO_PEOPLE) {
      if (UNREACHABLE.has(p.ref)) continue;
      const person = (await s.directory.person(personIds.get(p.ref)!))!;
      await s.conversations.remember(
        { aadObjectId: person.aadObjectId, channelUserId: `29:demo-${p.ref}` },
        demoReference(p.ref, person.aadObjectId),
      );
    }
  });

  // ---- last year, complete
  for (const u of DEMO_UNITS) {
    const unitId = unitIds.get(u.ref)!;
    const principal = principalOf(u.ref);
    await at(`${p0}-08-22`, () => writeYearPlan(s.plans, principal, unitId, previous, demoContentOf(u.schoolForm), `${p0 + 1}-06-30`));
    await at(`${p0}-09-20`, async () => transition(s.plans, principal, unitId, previous, 'ready'));
    await at(`${p0}-10-05`, async () => transition(s.plans, organiser, unitId, previous, 'finalise'));
  }
  await kolada(s, organiser, p0, `${p0 + 1}-03-10`, at);
  await tldRound(s, organiser, previous, 'autumn', `${p0}-10-01`, `${p0}-10-31`, 0, unitIds, at);
  await tldRound(s, organiser, previous, 'spring', `${p0 + 1}-04-01`, `${p0 + 1}-04-30`, 1, unitIds, at);
  for (const u of DEMO_UNITS) {
    const unitId = unitIds.get(u.ref)!;
    const principal = principalOf(u.ref);
    await at(`${p0 + 1}-05-18`, async () => {
      const doc = await writeReport(s.reports, principal, unitId, previous, u.name);
      // The principal fetches the year's TLD and key figures into the report's basis sections.
      await s.reportBasis.fill(principal, unitId, previous, doc.etag);
    });
    await at(`${p0 + 1}-06-05`, async () => {
      const doc = (await s.reports.get(principal, unitId, previous))!;
      await s.reports.transition(principal, unitId, previous, doc.etag, 'ready');
    });
    await at(`${p0 + 1}-06-19`, async () => {
      const doc = (await s.reports.get(organiser, unitId, previous))!;
      await s.reports.transition(organiser, unitId, previous, doc.etag, 'finalise');
    });
  }
  await at(`${p0 + 1}-06-22`, () => writeAnnual(s.annual, organiser, previous));
  await at(`${p0 + 1}-06-26`, async () => {
    let doc = (await s.annual.get(organiser, previous))!;
    doc = await s.annual.transition(organiser, previous, doc.etag, 'ready');
    await s.annual.transition(organiser, previous, doc.etag, 'finalise');
    await s.publishing.publishAnnual(organiser, previous);
    await s.publishing.publishReport(organiser, unitIds.get('bjorkskolan')!, previous);
    await s.publishing.publishPlan(organiser, unitIds.get('bjorkskolan')!, previous);
  });

  // ---- this year, up to today
  for (const u of DEMO_UNITS) {
    if (THIS_YEAR[u.ref] === 'notStarted') continue;
    const unitId = unitIds.get(u.ref)!;
    const principal = principalOf(u.ref);
    const fresh = FRESH_FOLLOW_UPS.has(u.ref);
    await at(`${c0}-08-20`, () =>
      writeYearPlan(s.plans, principal, unitId, current, demoContentOf(u.schoolForm), fresh ? today : `${c0}-09-01`),
    );
    // Fresh: followed up a few days ago; stale: only once, in mid-September (more than 60 days ago by late November).
    await at(fresh ? addDays(today, -4) : `${c0}-09-15`, () => followUpToday(s.plans, principal, unitId, current));
    if (THIS_YEAR[u.ref] !== 'draft') await at(`${c0}-09-08`, async () => transition(s.plans, principal, unitId, current, 'ready'));
  }
  await conditionsDialogue(s, organiser, current, unitIds, actors, principalOf, at);
  for (const u of DEMO_UNITS) {
    const unitId = unitIds.get(u.ref)!;
    if (THIS_YEAR[u.ref] === 'final') await at(`${c0}-10-02`, async () => transition(s.plans, organiser, unitId, current, 'finalise'));
    if (THIS_YEAR[u.ref] === 'returned') {
      await at(`${c0}-10-02`, async () =>
        transition(
          s.plans,
          organiser,
          unitId,
          current,
          'reopen',
          RETURN_COMMENT[curriculumOf(u.schoolForm) === 'lpfo18' ? 'preschool' : 'school'],
        ),
      );
    }
  }
  await kolada(s, organiser, c0, `${c0}-09-15`, at);
  await tldRound(s, organiser, current, 'autumn', `${c0}-10-01`, `${c0}-11-30`, 2, unitIds, at);
  await settleOutbox(s, today);
}

/**
 * The demo people's connector: a closed local port (9, discard), so nothing leaves the machine. The
 * bot's demo connector (bot/demo-connector.ts) answers for it in-process and keeps what was "sent".
 */
export const DEMO_SERVICE_URL = 'http://127.0.0.1:9/demo-connector/';

/** What the bot keeps when it meets someone in Teams, for a demo person. */
function demoReference(ref: string, aadObjectId: string) {
  return {
    channelId: 'msteams',
    serviceUrl: DEMO_SERVICE_URL,
    conversation: { id: `a:demo-${ref}`, conversationType: 'personal', tenantId: 'sjovik-demo' },
    user: { id: `29:demo-${ref}`, aadObjectId },
    bot: { id: '28:ska-demo', name: 'SKA i Teams' },
  };
}

/** Opens a round, lets the units' children answer through the survey form's own path, and closes it when its time is over. */
async function tldRound(
  s: DemoYearServices,
  organiser: Actor,
  year: string,
  period: 'autumn' | 'spring',
  opensOn: string,
  closesOn: string,
  index: number,
  unitIds: Map<string, string>,
  at: At,
) {
  let roundId = '';
  await at(addDays(opensOn, -14), async () => {
    roundId = (await s.surveys.createRound(organiser, { schoolYear: year, period, opensOn, closesOn })).id;
  });
  if (!roundId) return;
  const opened = await at(opensOn, () => s.surveys.setStatus(organiser, roundId, 'open'), '07:30');
  if (!opened) return;
  const links = new Map((await s.surveys.links(roundId)).map((l) => [l.unitId, l]));
  const answers = new Map<string, SurveyAnswers[]>();
  for (const u of DEMO_UNITS) {
    const link = links.get(unitIds.get(u.ref)!)!;
    const plan = ANSWERS[u.ref];
    await at(addDays(opensOn, 1), () => s.surveys.setStudentCount(organiser, link.unitId, roundId, plan.students));
    const set = curriculumOf(u.schoolForm) === 'lpfo18' ? 'preschool' : 'school';
    answers.set(link.code, demoAnswers(set, plan.answers[index], { round: index, unitSalt: u.ref }));
  }
  // Answers come in over the round's first two weeks, through the form's own path (the group writer);
  // a round opened a few days ago shows what has come so far.
  for (let day = 0; day < 14; day++) {
    const todays = [...answers].flatMap(([code, list]) => list.filter((_, i) => i % 14 === day).map((a) => ({ code, a })));
    await at(
      addDays(opensOn, day + 1),
      () =>
        Promise.all(
          todays.map(({ code, a }, i) => s.surveys.submit(code, { answers: a, deviceToken: `demo-device-${opensOn}-${day}-${i}` })),
        ),
      '10:15',
    );
  }
  await at(addDays(closesOn, 1), () => s.surveys.setStatus(organiser, roundId, 'closed'), '07:00');
}

/** Kolada's figures for the units up to a calendar year (Kolada publishes a year's figures the next spring), imported from Kolada's API response. */
async function kolada(s: DemoYearServices, organiser: Actor, lastYear: number, date: string, at: At) {
  await at(date, () => s.statistics.importKolada(organiser, demoKoladaResponse(DEMO_UNITS, lastYear)));
}

/**
 * What the sender did in the past: messages to people the bot reaches were delivered then.
 * Messages to the others stay for the sender, which records that it cannot reach them.
 */
async function settleOutbox(s: DemoYearServices, _today: string) {
  for (const item of await s.outbox.withState('pending')) {
    if (!(await s.reach.referenceFor(item.personId))) continue;
    const claimed = await s.outbox.claim(item, 'demo-seed', 60_000);
    if (claimed) await s.outbox.markSent(claimed, `demo-${item.id}`);
  }
}

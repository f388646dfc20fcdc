/**
 * The demo municipality in the middle of its year, played through the use cases as people would
 * have done it, on the dates they would have done it (the replay clock), up to today:
 * last school year complete, this one as far as today has come.
 */
import type { Actor } from '../../domain/identity';
import type { CommitmentPlan, FollowUpStatus } from '../../domain/plan';
import type { SectionDefinition } from '../../domain/report';
import { previousSchoolYear, schoolYearOf, startYear } from '../../domain/school-year';
import { curriculumOf } from '../../domain/school-forms';
import { addDays, swedishDate, swedishToInstant } from '../../domain/swedish-time';
import type { AnnualFollowUpService } from '../documents/annual-follow-up';
import type { Comments } from '../documents/comments';
import type { ConversationReferences } from '../outbox/conversations';
import type { DialogueNotes } from '../dialogues/dialogue-notes';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { OutboxService } from '../outbox/outbox';
import type { PlanService } from '../documents/plans';
import type { PublishingService } from '../organiser/publishing';
import type { Reach } from '../outbox/reach';
import type { ReportService } from '../documents/reports';
import type { StatisticsService } from '../organiser/statistics';
import type { SurveyService } from '../survey/surveys';
import type { SurveyAnswers } from '../../domain/survey';
import { demoAnswers } from './demo-answers';
import { demoKoladaResponse } from './demo-kolada';
import { DEMO_PEOPLE, DEMO_PRESCHOOL_COMMITMENTS, DEMO_SCHOOL_COMMITMENTS, DEMO_UNITS, type DemoCommitment } from './demo-municipality';
import type { ReplayClock } from './replay-clock';

export interface DemoYearServices {
  clock: ReplayClock;
  directory: Directory;
  plans: PlanService;
  reports: ReportService;
  comments: Comments;
  annual: AnnualFollowUpService;
  publishing: PublishingService;
  surveys: SurveyService;
  statistics: StatisticsService;
  dialogues: DialogueService;
  dialogueNotes: DialogueNotes;
  conversations: ConversationReferences;
  outbox: OutboxService;
  reach: Reach;
}

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
  preschool: 'Tack för planen! Språkåtagandet behöver en tydligare tänkt effekt: hur ser ni i maj att barnens ordförråd har vuxit? Skicka gärna en ny version före höstlovet.',
  school: 'Tack för planen! Kunskapsåtagandet behöver en tydligare tänkt effekt: hur ser ni i maj att läsförståelsen har ökat? Skicka gärna en ny version före höstlovet.',
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
  const [y, m] = today.split('-').map(Number);
  const current = schoolYearOf(y, m);
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
      await s.conversations.remember({ aadObjectId: person.aadObjectId, channelUserId: `29:demo-${p.ref}` }, demoReference(p.ref, person.aadObjectId));
    }
  });

  // ---- last year, complete
  for (const u of DEMO_UNITS) {
    const unitId = unitIds.get(u.ref)!;
    const principal = principalOf(u.ref);
    await at(`${p0}-08-22`, () => writeYearPlan(s.plans, principal, unitId, previous, contentOf(u.schoolForm), `${p0 + 1}-06-30`));
    await at(`${p0}-09-20`, async () => transition(s.plans, principal, unitId, previous, 'ready'));
    await at(`${p0}-10-05`, async () => transition(s.plans, organiser, unitId, previous, 'finalise'));
  }
  await kolada(s, organiser, p0, `${p0 + 1}-03-10`, at);
  await tldRound(s, organiser, previous, 'autumn', `${p0}-10-01`, `${p0}-10-31`, 0, unitIds, at);
  await tldRound(s, organiser, previous, 'spring', `${p0 + 1}-04-01`, `${p0 + 1}-04-30`, 1, unitIds, at);
  for (const u of DEMO_UNITS) {
    const unitId = unitIds.get(u.ref)!;
    const principal = principalOf(u.ref);
    await at(`${p0 + 1}-05-18`, () => writeReport(s.reports, principal, unitId, previous, u.name));
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
    await at(`${c0}-08-20`, () => writeYearPlan(s.plans, principal, unitId, current, contentOf(u.schoolForm), fresh ? today : `${c0}-09-01`));
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
        transition(s.plans, organiser, unitId, current, 'reopen', RETURN_COMMENT[curriculumOf(u.schoolForm) === 'lpfo18' ? 'preschool' : 'school']),
      );
    }
  }
  await kolada(s, organiser, c0, `${c0}-09-15`, at);
  await tldRound(s, organiser, current, 'autumn', `${c0}-10-01`, `${c0}-11-30`, 2, unitIds, at);
  await settleOutbox(s, today);
}

function contentOf(schoolForm: Parameters<typeof curriculumOf>[0]) {
  return curriculumOf(schoolForm) === 'lpfo18' ? DEMO_PRESCHOOL_COMMITMENTS : DEMO_SCHOOL_COMMITMENTS;
}

/** What the bot keeps when it meets someone in Teams; the address is a closed local port, so nothing leaves the machine. */
function demoReference(ref: string, aadObjectId: string) {
  return {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/demo-connector/',
    conversation: { id: `a:demo-${ref}`, conversationType: 'personal', tenantId: 'sjovik-demo' },
    user: { id: `29:demo-${ref}`, aadObjectId },
    bot: { id: '28:ska-demo', name: 'SKA i Teams' },
  };
}

async function transition(plans: PlanService, actor: Actor, unitId: string, year: string, t: 'ready' | 'finalise' | 'reopen', comment?: string) {
  const doc = (await plans.get(actor, unitId, year))!;
  await plans.transition(actor, unitId, year, doc.etag, t, comment);
}

/** A plan as a principal writes it: started with its commitments and activities, then the follow-ups up to a date. */
async function writeYearPlan(plans: PlanService, actor: Actor, unitId: string, schoolYear: string, commitments: DemoCommitment[], notAfter: string) {
  const seeds = commitments.map((c) => ({ goalAreaKey: c.goalArea, title: c.title, description: c.description, intendedEffects: c.intendedEffects, boardGoalIds: c.boardGoalIds, successFactors: c.successFactors, activities: c.activities }));
  let doc = await plans.start(actor, unitId, schoolYear, seeds);
  const firstDay = startYear(schoolYear);
  for (const [i, c] of commitments.entries()) {
    const commitment = doc.plan.goalAreas.find((g) => g.key === c.goalArea)!.commitments.filter((x) => x.title === c.title)[0] ?? doc.plan.goalAreas.flatMap((g) => g.commitments)[i];
    for (const f of c.followUps) {
      const date = monthsAfterStart(firstDay, f.monthOffset);
      if (date > notAfter) continue;
      doc = await plans.addFollowUp(actor, unitId, schoolYear, doc.etag, commitment.id, { date, status: f.status, note: f.note });
    }
  }
  return doc;
}

export async function writePlan(plans: PlanService, actor: Actor, unitId: string, schoolYear: string, commitments: DemoCommitment[], notAfter?: string) {
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

async function followUpToday(plans: PlanService, actor: Actor, unitId: string, year: string) {
  let doc = (await plans.get(actor, unitId, year))!;
  const statuses: FollowUpStatus[] = ['onTrack', 'atRisk'];
  for (const [i, c] of doc.plan.goalAreas.flatMap((g) => g.commitments).entries()) {
    doc = await plans.addFollowUp(actor, unitId, year, doc.etag, c.id, {
      status: statuses[i % 2],
      note: i % 2 ? 'Vi ligger efter med några aktiviteter; arbetslaget har planerat om inför våren.' : 'Arbetet går enligt plan. Det vi ser i verksamheten visar att arbetssätten används.',
    });
  }
}

/** The 20th of the month that lies `offset` months after the school year's start in August. */
export function monthsAfterStart(startYear: number, offset: number): string {
  const monthIndex = 7 + offset; // August is month index 7
  const y = startYear + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-20`;
}

type At = (date: string, step: () => Promise<unknown>, time?: string) => Promise<boolean>;

/** Opens a round, lets the units' children answer through the survey form's own path, and closes it when its time is over. */
async function tldRound(s: DemoYearServices, organiser: Actor, year: string, period: 'autumn' | 'spring', opensOn: string, closesOn: string, index: number, unitIds: Map<string, string>, at: At) {
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
    await at(addDays(opensOn, day + 1), () => Promise.all(todays.map(({ code, a }, i) => s.surveys.submit(code, { answers: a, deviceToken: `demo-device-${opensOn}-${day}-${i}` }))), '10:15');
  }
  await at(addDays(closesOn, 1), () => s.surveys.setStatus(organiser, roundId, 'closed'), '07:00');
}

/** Kolada's figures for the units up to a calendar year (Kolada publishes a year's figures the next spring), imported from Kolada's API response. */
async function kolada(s: DemoYearServices, organiser: Actor, lastYear: number, date: string, at: At) {
  await at(date, () => s.statistics.importKolada(organiser, demoKoladaResponse(DEMO_UNITS, lastYear)));
}

async function writeReport(reports: ReportService, actor: Actor, unitId: string, year: string, unitName: string) {
  let doc = await reports.start(actor, unitId, year);
  const updates: Parameters<ReportService['write']>[4] = [];
  for (const section of doc.definition.sections) updates.push(...reportText(section, unitName, doc.plan));
  doc = await reports.write(actor, unitId, year, doc.etag, updates);
  return doc;
}

function reportText(section: SectionDefinition, unitName: string, plan: CommitmentPlan | undefined) {
  if (section.kind === 'perCommitment') {
    const commitments = plan?.goalAreas.flatMap((g) => g.commitments) ?? [];
    return commitments.flatMap((c) =>
      section.fields.map((f) => ({
        sectionKey: section.key,
        commitmentId: c.id,
        fieldKey: f.key,
        value:
          f.key === 'effects'
            ? `Eleverna beskriver i TLD och i klassråden att arbetet med ”${c.title.toLowerCase()}” har gjort skillnad, mest för dem som behövde det mest.`
            : `Aktiviteterna genomfördes i stort sett som planerat. ${c.title} följdes upp varje månad i arbetslagen.`,
      })),
    );
  }
  if (section.kind === 'text') return [{ sectionKey: section.key, value: REPORT_TEXTS[section.key] ?? `${section.label}: se underlaget för ${unitName}.` }];
  if (section.kind === 'list') return [{ sectionKey: section.key, value: [{ text: 'Fortsatt arbete med läsförståelse i alla ämnen' }, { text: 'Fler vuxna på skolgården under långrasten' }] }];
  return [];
}

const REPORT_TEXTS: Record<string, string> = {
  tldResults: 'Tryggheten ökade mellan oktober och april, mest på rasterna. Delaktigheten minskade något, framför allt i de äldre årskurserna.',
  statistics: 'Andelen elever med godtagbara kunskaper i läsförståelse ökade. Närvaron är stabil; två tjänster saknar behörig lärare.',
  analysisStructure: 'Vakanser i specialpedagogiken under hösten gjorde att stödet kom igång sent. Schemat gav arbetslagen gemensam tid varannan vecka.',
  analysisProcess: 'Det kollegiala lärandet om lässtrategier fick fäste när rektor deltog i träffarna. Lektionsbesöken gav en gemensam bild.',
  analysisResult: 'Resultaten förbättrades mest där strategierna användes i alla ämnen. Eleverna med svagast resultat i höstas har gått mest framåt.',
  childRights: 'Elevernas svar i TLD och klassråden låg till grund för prioriteringarna.',
  equity: 'Tryggheten varierar mer mellan enheterna än inom dem; de minsta enheterna har för få svar för att redovisas.',
};

async function writeAnnual(annual: AnnualFollowUpService, organiser: Actor, year: string) {
  let doc = await annual.start(organiser, year);
  const updates = doc.definition.sections.flatMap((section): { sectionKey: string; value: string | { text: string }[] }[] => {
    if (section.kind === 'text') return [{ sectionKey: section.key, value: ANNUAL_TEXTS[section.key] ?? REPORT_TEXTS[section.key] ?? `${section.label}: se enheternas underlag.` }];
    if (section.kind === 'list') return [{ sectionKey: section.key, value: [{ text: 'Likvärdig tillgång till behöriga lärare' }, { text: 'Trygghet på raster' }, { text: 'Elevernas delaktighet i de äldre årskurserna' }] }];
    return [];
  });
  doc = await annual.write(organiser, year, doc.etag, updates);
  return doc;
}

const ANNUAL_TEXTS: Record<string, string> = {
  analysisStructure: 'Behörigheten skiljer mellan enheterna: förskolorna och gymnasiet har flest legitimerade, grundskolans 7–9 färst.',
  analysisProcess: 'Kollegialt lärande har fått fäste på de flesta enheter; där rektor deltar syns det i undervisningen.',
  analysisResult: 'Måluppfyllelsen ökar, mest där läsförståelsen prioriterats. Tryggheten ökade under året, delaktigheten minskade.',
};

/** The conditions dialogue: groups by school form, invitations, answers, the meetings held, notes written. */
async function conditionsDialogue(s: DemoYearServices, organiser: Actor, year: string, unitIds: Map<string, string>, actors: Map<string, Actor>, principalOf: (u: string) => Actor, at: At) {
  const c0 = startYear(year);
  let roundId = '';
  let groups: { id: string; unitIds: string[]; start?: string }[] = [];
  await at(`${c0}-08-25`, async () => {
    const proposal = await s.dialogues.propose(organiser, 'conditions', year);
    const day = proposal.windowStart;
    const round = await s.dialogues.create(organiser, {
      kind: 'conditions',
      schoolYear: year,
      groups: proposal.groups.map((g, i) => {
        const date = addDays(day, i);
        return { name: g.name, unitIds: g.unitIds, staffIds: g.staffIds, start: swedishToInstant(date, '09:00').toISOString(), end: swedishToInstant(date, '11:00').toISOString(), place: 'Stadshuset, sal Ekorren' };
      }),
    });
    roundId = round.id;
    groups = round.groups;
  });
  if (!roundId) return;
  await at(`${c0}-08-26`, () => s.dialogues.sendInvitations(organiser, roundId));
  // Most accept within a few days; one asks for another time; one never answers.
  for (const [i, p] of DEMO_PEOPLE.filter((x) => x.units.some(([, r]) => r === 'principal')).entries()) {
    if (p.ref === 'mats') continue;
    const actor = actors.get(p.ref)!;
    await at(`${c0}-08-${String(27 + (i % 4)).padStart(2, '0')}`, async () => {
      for (const inv of await s.dialogues.myInvitations(actor)) {
        if (inv.dialogueKind !== 'conditions' || !inv.canAnswer) continue;
        if (p.ref === 'karin') await s.dialogues.answer(actor, inv.invitationId, 'otherTime', 'Jag har APT på förskolorna den dagen. Går det bra på eftermiddagen eller dagen efter?');
        else await s.dialogues.answer(actor, inv.invitationId, 'accepted');
      }
    });
  }
  // After each meeting: the organiser's notes per unit, and the principal's answer to them.
  const unitRefOf = new Map([...unitIds].map(([ref, id]) => [id, ref]));
  for (const g of groups) {
    if (!g.start) continue;
    const held = swedishDateOf(g.start);
    for (const unitId of g.unitIds) {
      const ref = unitRefOf.get(unitId)!;
      await at(held, () => s.dialogueNotes.add(organiser, unitId, year, { kind: 'conditions', roundId, body: CONDITIONS_NOTES[ref] ?? DEFAULT_CONDITIONS_NOTE }), '11:30');
      await at(addDays(held, 2), () => s.dialogueNotes.add(principalOf(ref), unitId, year, { kind: 'conditions', roundId, body: PRINCIPAL_ANSWER }), '15:00');
    }
  }
}

const swedishDateOf = (iso: string) => swedishDate(new Date(iso));

const DEFAULT_CONDITIONS_NOTE = 'Vi gick igenom åtagandeplanen och förutsättningarna: bemanning, lokaler och stödet från centrala elevhälsan. Inga hinder för planen som den ser ut nu.';
const CONDITIONS_NOTES: Record<string, string> = {
  bjorkskolan: 'Två lärartjänster i åk 4–6 är obehöriga i höst. Huvudmannen undersöker om fortbildningen i läsdidaktik kan tidigareläggas. Rastvärdsschemat behöver en vuxen till på långrasten.',
  sjoviksskolan: 'Meritvärdet har ökat två år i rad. Förutsättningar: schemat ger arbetslagen gemensam planeringstid; skolan vill ha stöd med studiero i åk 8.',
  larkan: 'Barngrupperna är stora på Lärkan i höst (19 barn per avdelning). Planen behöver visa hur högläsningen hinns med i de stora grupperna.',
};
const PRINCIPAL_ANSWER = 'Tack för dialogen. Vi tar med synpunkterna i planen och återkommer i processdialogen.';

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

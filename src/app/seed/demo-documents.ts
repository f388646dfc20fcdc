/** The demo's documents as people write them: plans with their follow-ups, reports and the annual follow-up, through the use cases. */
import type { Actor } from '../../domain/identity';
import type { CommitmentPlan, FollowUpStatus } from '../../domain/plan';
import type { SectionDefinition } from '../../domain/report';
import { startYear } from '../../domain/school-year';
import type { AnnualFollowUpService } from '../documents/annual-follow-up';
import type { PlanService } from '../documents/plans';
import type { ReportService } from '../documents/reports';
import { commitmentSeeds, type DemoCommitment } from './demo-municipality';

export async function transition(
  plans: PlanService,
  actor: Actor,
  unitId: string,
  year: string,
  t: 'ready' | 'finalise' | 'reopen',
  comment?: string,
) {
  const doc = (await plans.get(actor, unitId, year))!;
  await plans.transition(actor, unitId, year, doc.etag, t, comment);
}

/** A plan as a principal writes it: started with its commitments and activities, then the follow-ups up to a date. */
export async function writeYearPlan(
  plans: PlanService,
  actor: Actor,
  unitId: string,
  schoolYear: string,
  commitments: DemoCommitment[],
  notAfter: string,
) {
  let doc = await plans.start(actor, unitId, schoolYear, commitmentSeeds(commitments));
  const firstDay = startYear(schoolYear);
  for (const [i, c] of commitments.entries()) {
    const commitment =
      doc.plan.goalAreas.find((g) => g.key === c.goalArea)!.commitments.filter((x) => x.title === c.title)[0] ??
      doc.plan.goalAreas.flatMap((g) => g.commitments)[i];
    for (const f of c.followUps) {
      const date = monthsAfterStart(firstDay, f.monthOffset);
      if (date > notAfter) continue;
      doc = await plans.addFollowUp(actor, unitId, schoolYear, doc.etag, commitment.id, { date, status: f.status, note: f.note });
    }
  }
  return doc;
}

export async function writePlan(
  plans: PlanService,
  actor: Actor,
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

export async function followUpToday(plans: PlanService, actor: Actor, unitId: string, year: string) {
  let doc = (await plans.get(actor, unitId, year))!;
  const statuses: FollowUpStatus[] = ['onTrack', 'atRisk'];
  for (const [i, c] of doc.plan.goalAreas.flatMap((g) => g.commitments).entries()) {
    doc = await plans.addFollowUp(actor, unitId, year, doc.etag, c.id, {
      status: statuses[i % 2],
      note:
        i % 2
          ? 'Vi ligger efter med några aktiviteter; arbetslaget har planerat om inför våren.'
          : 'Arbetet går enligt plan. Det vi ser i verksamheten visar att arbetssätten används.',
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

export async function writeReport(reports: ReportService, actor: Actor, unitId: string, year: string, unitName: string) {
  let doc = await reports.start(actor, unitId, year);
  const updates: Parameters<ReportService['write']>[4] = [];
  for (const section of doc.definition.sections) updates.push(...reportText(section, unitName, doc.plan));
  doc = await reports.write(actor, unitId, year, doc.etag, updates);
  return doc;
}

export function reportText(section: SectionDefinition, unitName: string, plan: CommitmentPlan | undefined) {
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
  if (section.kind === 'text')
    return [{ sectionKey: section.key, value: REPORT_TEXTS[section.key] ?? `${section.label}: se underlaget för ${unitName}.` }];
  if (section.kind === 'list')
    return [
      {
        sectionKey: section.key,
        value: [{ text: 'Fortsatt arbete med läsförståelse i alla ämnen' }, { text: 'Fler vuxna på skolgården under långrasten' }],
      },
    ];
  return [];
}

const REPORT_TEXTS: Record<string, string> = {
  tldResults:
    'Tryggheten ökade mellan oktober och april, mest på rasterna. Delaktigheten minskade något, framför allt i de äldre årskurserna.',
  statistics: 'Andelen elever med godtagbara kunskaper i läsförståelse ökade. Närvaron är stabil; två tjänster saknar behörig lärare.',
  analysisStructure:
    'Vakanser i specialpedagogiken under hösten gjorde att stödet kom igång sent. Schemat gav arbetslagen gemensam tid varannan vecka.',
  analysisProcess:
    'Det kollegiala lärandet om lässtrategier fick fäste när rektor deltog i träffarna. Lektionsbesöken gav en gemensam bild.',
  analysisResult:
    'Resultaten förbättrades mest där strategierna användes i alla ämnen. Eleverna med svagast resultat i höstas har gått mest framåt.',
  childRights: 'Elevernas svar i TLD och klassråden låg till grund för prioriteringarna.',
  equity: 'Tryggheten varierar mer mellan enheterna än inom dem; de minsta enheterna har för få svar för att redovisas.',
};

export async function writeAnnual(annual: AnnualFollowUpService, organiser: Actor, year: string) {
  let doc = await annual.start(organiser, year);
  const updates = doc.definition.sections.flatMap((section): { sectionKey: string; value: string | { text: string }[] }[] => {
    if (section.kind === 'text')
      return [
        {
          sectionKey: section.key,
          value: ANNUAL_TEXTS[section.key] ?? REPORT_TEXTS[section.key] ?? `${section.label}: se enheternas underlag.`,
        },
      ];
    if (section.kind === 'list')
      return [
        {
          sectionKey: section.key,
          value: [
            { text: 'Likvärdig tillgång till behöriga lärare' },
            { text: 'Trygghet på raster' },
            { text: 'Elevernas delaktighet i de äldre årskurserna' },
          ],
        },
      ];
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

/**
 * What needs the signed-in person now, most urgent first (GET /api/me/waiting): for a principal
 * their returned documents and unanswered organiser comments and dialogue invitations; for the
 * organiser level documents ready for review, comments answered and units without a plan; for
 * the board newly published documents; and what the year asks now (my-waiting-year.ts): deadlines,
 * TLD rounds with few answers, dialogue rounds to send. Only the person's own units (access.ts).
 */
import { canReadUnit, canSeeAllUnits, principalUnitsOf } from '../../domain/access';
import type { Actor } from '../../domain/identity';
import { previousSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import type { Settings } from '../config/settings';
import type { Clock } from '../ports/clock';
import type { SurveyResults } from '../survey/survey-results-service';
import type { SurveyService } from '../survey/surveys';
import type { YearWheelService } from '../year/year-wheel-service';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { PublishingService } from '../organiser/publishing';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import { docKeyOf } from './document-ref';
import { commentsFrom, type DocumentComment } from './comments';
import { myDocuments } from './my-documents';
import { yearWaiting, type YearSources } from './my-waiting-year';
import { WAITING_KINDS, type WaitingItem } from './waiting-item';

export { WAITING_KINDS, type WaitingItem, type WaitingKind } from './waiting-item';

const PUBLISHED_DAYS = 30;
const excerpt = (t: string) => (t.length > 160 ? `${t.slice(0, 159).trimEnd()}…` : t);

/** Threads whose root is the organiser's and whose last word is not the principal's: waiting for an answer. */
function threads(comments: DocumentComment[]) {
  return comments
    .filter((c) => !c.parentId && c.authorRole === 'organiser' && !c.resolved)
    .map((root) => ({ root, last: [root, ...comments.filter((c) => c.parentId === root.id)].at(-1)! }));
}

/** What the one MyWaiting of the app reads: the tab's list (GET /api/me/waiting) and the bot's "nästa steg" alike. */
export interface MyWaitingSources {
  store: ListStore;
  directory: Directory;
  dialogues: DialogueService;
  publishing: PublishingService;
  clock: Clock;
  settings: Settings;
  surveys: SurveyService;
  surveyResults: SurveyResults;
  yearWheel: YearWheelService;
}

export function openMyWaiting(s: MyWaitingSources): MyWaiting {
  return new MyWaiting(
    s.store,
    s.directory,
    s.dialogues,
    s.publishing,
    () => s.clock.today(),
    () => schoolYearOfDay(s.clock.today()),
    {
      store: s.store,
      settings: s.settings,
      surveys: s.surveys,
      surveyResults: s.surveyResults,
      events: (year) => s.yearWheel.events(year),
    },
  );
}

export class MyWaiting {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly dialogues: DialogueService,
    private readonly publishing: PublishingService,
    private readonly today: () => string,
    private readonly currentSchoolYear: () => string,
    private readonly year: YearSources,
  ) {}

  async forActor(actor: Actor): Promise<WaitingItem[]> {
    const year = this.currentSchoolYear();
    const items: WaitingItem[] = [];
    const docs = (await myDocuments(this.store, this.directory, actor, [year, previousSchoolYear(year)])).filter((d) =>
      canReadUnit(actor, d.unitId),
    );
    const byDoc = new Map<string, ListItem[]>();
    for (const c of await queryAll(this.store, 'comments'))
      byDoc.set(String(c.fields.docKey), [...(byDoc.get(String(c.fields.docKey)) ?? []), c]);
    const principalOf = new Set(principalUnitsOf(actor));
    const organiser = canSeeAllUnits(actor);
    // The preset's names: "Verksamhetsplan 2026/27" under 2020.
    const config = await this.year.settings.processConfig();
    const NAMES = { plan: config.planLabel, report: config.reportDefinition.label };
    for (const d of docs.filter((x) => x.status)) {
      const target = { view: 'document' as const, unitId: d.unitId, schoolYear: d.schoolYear, doc: d.kind };
      const name = `${NAMES[d.kind]} ${d.schoolYear}`;
      const open = threads(commentsFrom(byDoc.get(docKeyOf({ kind: d.kind, unitId: d.unitId, schoolYear: d.schoolYear })) ?? []));
      const about = (kind: WaitingItem['kind'], title: string, detail: string) =>
        items.push({ kind, title, detail, unitId: d.unitId, unitName: d.unitName, dueDate: null, target });
      if (principalOf.has(d.unitId)) {
        for (const { root, last } of open.filter((t) => t.last.authorRole === 'organiser')) {
          const returned = d.status === 'draft' && root.anchor === 'document';
          about(
            returned ? 'returned' : 'unansweredComment',
            returned ? `${name} har återsänts: svara på kommentaren` : `Obesvarad kommentar på ${name.toLowerCase()}`,
            `${last.authorName}: ${excerpt(last.body)}`,
          );
        }
      }
      if (organiser) {
        if (d.status === 'readyForDialogue')
          about('readyForReview', `${name} är klar för dialog: granska`, 'Läs och kommentera före dialogen');
        for (const { last } of open.filter((t) => t.last.authorRole === 'principal'))
          about('commentAnswered', `Svar på din kommentar på ${name.toLowerCase()}`, `${last.authorName}: ${excerpt(last.body)}`);
      }
    }
    if (organiser) {
      for (const d of docs.filter((x) => x.kind === 'plan' && x.schoolYear === year && !x.status)) {
        items.push({
          kind: 'noPlan',
          title: `${d.unitName} har ingen ${config.planLabel.toLowerCase()} för ${year}`,
          detail: 'Inte påbörjad',
          unitId: d.unitId,
          unitName: d.unitName,
          dueDate: null,
          target: { view: 'document', unitId: d.unitId, schoolYear: year, doc: 'plan' },
        });
      }
    }
    for (const v of await this.dialogues.myInvitations(actor)) {
      if (v.answer === 'pending' && v.canAnswer)
        items.push({
          kind: 'invitation',
          title: `Svara på inbjudan: ${v.kindLabel}`,
          detail: `${v.groupName}, ${v.when}`,
          unitId: null,
          unitName: null,
          dueDate: v.start.slice(0, 10),
          target: { view: 'dialogues' },
        });
    }
    items.push(...(await yearWaiting(this.year, actor, year, this.today(), docs)));
    if (actor.appRoles.includes('board')) {
      const since = new Date(Date.parse(this.today()) - PUBLISHED_DAYS * 86_400_000).toISOString();
      for (const p of (await this.publishing.list()).filter((x) => x.publishedAt >= since)) {
        items.push({
          kind: 'published',
          title: `Nytt på intranätet: ${p.title}`,
          detail: `Publicerad ${p.publishedAt.slice(0, 10)}`,
          unitId: null,
          unitName: null,
          dueDate: null,
          target: { view: 'intranet' },
        });
      }
    }
    const rank = (i: WaitingItem) => WAITING_KINDS.indexOf(i.kind);
    return items.sort(
      (a, b) =>
        rank(a) - rank(b) || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9') || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'sv'),
    );
  }
}

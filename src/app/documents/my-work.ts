/**
 * A person's own work, for the bot's "mina dokument" and "nästa steg": their units' documents with
 * status and deep links (through myDocuments, the use case behind /api/me/documents), and what is
 * next for them: what waits for them (MyWaiting, as the tab lists it), then the year wheel's next event.
 */
import { canSeeAllUnits } from '../../domain/access';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import type { DocumentStatus } from '../../domain/document-status';
import type { Actor } from '../../domain/identity';
import { previousSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import { formatSwedishDay } from '../../domain/swedish-time';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { AppLinks, Link } from '../outbox/messages';
import { myDocuments, type DocumentSummary } from './my-documents';
import { openMyWaiting, type MyWaiting, type MyWaitingSources } from './my-waiting';
import { dayAndMonth } from './my-waiting-year';
import type { PlanService } from './plans';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import type { YearWheelService } from '../year/year-wheel-service';

const DOCUMENT_NAMES = { plan: 'Åtagandeplan', report: 'Läsårsrapport' } as const;

/** A status counted ("1 fastställd", "4 fastställda"): the adjective agrees with the number. */
const COUNTED: Record<DocumentStatus | 'none', [one: string, many: string]> = {
  none: ['inte påbörjad', 'inte påbörjade'],
  draft: ['utkast', 'utkast'],
  readyForDialogue: ['klar för dialog', 'klara för dialog'],
  final: ['fastställd', 'fastställda'],
};

export interface MyDocument extends DocumentSummary {
  title: string;
  statusLabel: string;
  link: Link;
}

export interface MyDocuments {
  schoolYear: string;
  /** Per unit of the person's own; empty for someone without units (they get counts instead). */
  units: { unitId: string; unitName: string; documents: MyDocument[] }[];
  /** For the organiser level without units of their own: this year's documents counted by status. */
  counts: { title: string; value: string }[];
}

export interface NextStep {
  /** The wheel's next event, not something waiting for the person (the card's heading skips it). */
  wheel?: boolean;
  title: string;
  detail: string;
  link?: Link;
}

/** The bot's MyWork, its "nästa steg" from the same MyWaiting as the tab's list. */
export function openMyWork(s: MyWaitingSources & { plans: PlanService; links: AppLinks }): MyWork {
  return new MyWork(s.store, s.directory, s.plans, s.dialogues, s.yearWheel, s.links, s.clock, openMyWaiting(s));
}

export class MyWork {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly plans: PlanService,
    private readonly dialogues: DialogueService,
    private readonly yearWheel: YearWheelService,
    private readonly links: AppLinks,
    private readonly clock: Clock,
    private readonly waiting: MyWaiting,
  ) {}

  currentSchoolYear(): string {
    return schoolYearOfDay(this.clock.today());
  }

  async documents(actor: Actor): Promise<MyDocuments> {
    const current = this.currentSchoolYear();
    const own = new Set(actor.memberships.map((m) => m.unitId));
    if (own.size === 0 && canSeeAllUnits(actor)) {
      const all = await myDocuments(this.store, this.directory, actor, [current]);
      const counts = (['plan', 'report'] as const).map((kind) => {
        const byStatus = new Map<DocumentStatus | 'none', number>();
        for (const d of all.filter((x) => x.kind === kind)) byStatus.set(d.status ?? 'none', (byStatus.get(d.status ?? 'none') ?? 0) + 1);
        const value = [...byStatus].map(([status, n]) => `${n} ${COUNTED[status][n === 1 ? 0 : 1]}`).join(', ');
        return { title: `${DOCUMENT_NAMES[kind]}er ${current}`, value };
      });
      return { schoolYear: current, units: [], counts };
    }
    const summaries = (await myDocuments(this.store, this.directory, actor, [current, previousSchoolYear(current)])).filter((d) =>
      own.has(d.unitId),
    );
    const units = [...new Set(summaries.map((d) => d.unitId))].map((unitId) => {
      const documents = summaries
        .filter((d) => d.unitId === unitId)
        .map((d) => ({
          ...d,
          title: `${DOCUMENT_NAMES[d.kind]} ${d.schoolYear}`,
          statusLabel: d.status ? DOCUMENT_STATUS_LABELS[d.status] : 'Inte påbörjad',
          link: {
            title: `Öppna ${DOCUMENT_NAMES[d.kind].toLowerCase()}en ${d.schoolYear}`,
            url: this.links.document(d.kind, d.unitId, d.schoolYear),
          },
        }));
      return { unitId, unitName: documents[0].unitName, documents };
    });
    return { schoolYear: current, units, counts: [] };
  }

  /**
   * What is next for the person, most pressing first: what the tab's "Det här väntar på dig" lists
   * (the same MyWaiting, so bot and tab agree), then the next event in the wheel for their roles.
   */
  async nextSteps(actor: Actor): Promise<NextStep[]> {
    const now = this.clock.now().toISOString();
    const steps: NextStep[] = (await this.waiting.forActor(actor)).map((w) => ({
      title: w.title,
      detail: [w.unitName, w.detail].filter(Boolean).join(' · '),
      link:
        w.target.view === 'document'
          ? {
              title: `Öppna ${DOCUMENT_NAMES[w.target.doc].toLowerCase()}en ${w.target.schoolYear}`,
              url: this.links.document(w.target.doc, w.target.unitId, w.target.schoolYear),
            }
          : undefined,
    }));
    const upcoming = await this.yearWheel.upcomingFor(actor, this.currentSchoolYear());
    const next = upcoming.find((e) => e.kind !== 'documentDeadline' && e.start >= now);
    if (next)
      steps.push({
        wheel: true,
        title: `Nästa i årshjulet: ${next.label}`,
        detail:
          next.startDate === next.endDate
            ? formatSwedishDay(new Date(next.start))
            : `${dayAndMonth(next.startDate)} – ${dayAndMonth(next.endDate)} ${next.endDate.slice(0, 4)}`,
      });
    return steps;
  }
}

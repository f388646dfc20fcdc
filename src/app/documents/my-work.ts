/**
 * A person's own work, for the bot's "mina dokument" and "nästa steg": their units' documents with
 * status and deep links (through myDocuments, the use case behind /api/me/documents), and what is
 * next for them from the year wheel, their invitations and what their documents still lack.
 */
import { canSeeAllUnits, principalUnitsOf } from '../../domain/access';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import type { DocumentStatus } from '../../domain/document-status';
import type { Actor } from '../../domain/identity';
import { previousSchoolYear, schoolYearOfDay } from '../../domain/school-year';
import { formatSwedishDay } from '../../domain/swedish-time';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { AppLinks, Link } from '../outbox/messages';
import { myDocuments, type DocumentSummary } from './my-documents';
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
  title: string;
  detail: string;
  link?: Link;
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
   * What is next for the person, most pressing first: an invitation to answer, a document due by a
   * year-wheel deadline (with what it still lacks), then the next event in the wheel for their roles.
   */
  async nextSteps(actor: Actor): Promise<NextStep[]> {
    const now = this.clock.now().toISOString();
    const year = this.currentSchoolYear();
    const steps: NextStep[] = [];

    for (const v of await this.dialogues.myInvitations(actor)) {
      if (v.answer === 'pending' && v.canAnswer && v.start >= now)
        steps.push({ title: `Svara på inbjudan: ${v.kindLabel}`, detail: `${v.groupName}, ${v.when}.` });
    }

    const upcoming = await this.yearWheel.upcomingFor(actor, year);
    const principalOf = principalUnitsOf(actor);
    for (const e of upcoming.filter((x) => x.kind === 'documentDeadline' && x.document)) {
      for (const unitId of principalOf) {
        const status = await this.dialogues.documentStatus(e.document!, unitId, year);
        const done = e.requirement === 'started' ? status !== undefined : status === 'readyForDialogue' || status === 'final';
        if (done) continue;
        const unit = await this.directory.unit(unitId);
        const name = DOCUMENT_NAMES[e.document!];
        const goal = e.requirement === 'started' ? 'påbörjas' : 'vara klar för dialog';
        let detail = `Senast ${formatSwedishDay(new Date(e.start))}. Nu: ${status ? DOCUMENT_STATUS_LABELS[status].toLowerCase() : 'inte påbörjad'}.`;
        if (e.document === 'plan' && status) {
          const doc = await this.plans.get(actor, unitId, year);
          const missing = doc?.completeness.missing.ready ?? [];
          if (missing.length) detail += ` Det här saknas: ${missing.join(', ')}.`;
        }
        steps.push({
          title: `${name}en för ${unit.name} ska ${goal}`,
          detail,
          link: { title: `Öppna ${name.toLowerCase()}en`, url: this.links.document(e.document!, unitId, year) },
        });
      }
    }

    const next = upcoming.find((e) => e.kind !== 'documentDeadline' && e.start >= now);
    if (next)
      steps.push({
        title: `Nästa i årshjulet: ${next.label}`,
        detail: next.startDate === next.endDate ? formatSwedishDay(new Date(next.start)) : `${next.startDate} – ${next.endDate}`,
      });
    return steps;
  }
}

import { withoutBlankEntries } from '../../domain/completeness';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { FOLLOW_UP_STATUS_LABELS, type CommitmentPlan } from '../../domain/plan';
import type { BoardGoal, ProcessConfig } from '../../domain/process-config';
import { commitmentsToFollowUp, type ListEntry, type ReportDefinition, type ReportContent } from '../../domain/report';
import { SCHOOL_FORMS, type SchoolForm } from '../../domain/school-forms';
import { SUCCESS_FACTORS } from '../../domain/success-factors';
import type { PageBlock } from '../../domain/page';
import { withoutBasisMarkers } from '../../domain/report-basis';
import type { GeneratedTable } from './annual-aggregates';

interface Context {
  municipalityName: string;
  boardGoals: BoardGoal[];
  /** What the plan is called in this municipality (Åtagandeplan, Verksamhetsplan, …). */
  planLabel?: string;
  /** Goal area keys → their labels ("kunskaper" → "Kunskaper"), so a page never shows a key. */
  goalAreaLabels?: Record<string, string>;
}

/** Every curriculum's goal areas by key: the labels a page shows. */
export function goalAreaLabels(config: Pick<ProcessConfig, 'goalAreas'>): Record<string, string> {
  return Object.fromEntries(
    Object.values(config.goalAreas)
      .flat()
      .map((g) => [g.key, g.label]),
  );
}

const byline = (unit: { name: string; schoolForm: SchoolForm } | undefined, status: string, ctx: Context): PageBlock => ({
  type: 'paragraph',
  tone: 'muted',
  text: `${unit ? `${unit.name} · ${SCHOOL_FORMS[unit.schoolForm]} · ` : ''}${ctx.municipalityName} · ${status}`,
});

function effectChain(c: CommitmentPlan['goalAreas'][number]['commitments'][number], ctx: Context): PageBlock[] {
  const goals = c.boardGoalIds.map((id) => ctx.boardGoals.find((g) => g.id === id)?.title ?? id);
  const rows: [string, string][] = [
    ['Åtagande', c.description || c.title],
    ['Tänkta effekter', c.intendedEffects || '–'],
  ];
  if (goals.length) rows.push(['Nämndens mål', goals.join('\n')]);
  if (c.successFactors.length) rows.push(['Framgångsfaktorer', c.successFactors.map((f) => SUCCESS_FACTORS[f]).join('\n')]);
  const blocks: PageBlock[] = [{ type: 'table', columns: ['', ''], rows }];
  if (c.activities.length)
    blocks.push({
      type: 'table',
      caption: 'Aktiviteter',
      columns: ['Aktivitet', 'Vad den ska leda till', 'Resultat'],
      rows: c.activities.map((a) => [a.title, a.expectedResult || '–', a.outcome || '–']),
    });
  if (c.followUps.length)
    blocks.push({
      type: 'table',
      caption: 'Uppföljningar',
      columns: ['Datum', 'Status', 'Anteckning'],
      rows: c.followUps.map((f) => [f.date, FOLLOW_UP_STATUS_LABELS[f.status], f.note]),
    });
  return blocks;
}

export function planPage(plan: CommitmentPlan, unit: { name: string; schoolForm: SchoolForm }, ctx: Context): PageBlock[] {
  const blocks: PageBlock[] = [
    { type: 'heading', level: 1, text: `${ctx.planLabel ?? 'Åtagandeplan'} ${plan.schoolYear} – ${unit.name}` },
    byline(unit, DOCUMENT_STATUS_LABELS[plan.status], ctx),
  ];
  for (const area of plan.goalAreas) {
    blocks.push({ type: 'heading', level: 2, text: area.label });
    for (const c of area.commitments) blocks.push({ type: 'heading', level: 3, text: c.title }, ...effectChain(c, ctx));
  }
  return blocks;
}

function textSection(label: string, value: unknown, ctx: Context): PageBlock[] {
  if (Array.isArray(value)) {
    // An item with no text is never published as an empty "1.".
    const area = (key?: string) => (key ? ` (${ctx.goalAreaLabels?.[key] ?? key})` : '');
    const items = withoutBlankEntries(value as ListEntry[]).map((e) => `${e.text}${area(e.goalAreaKey)}`);
    return [{ type: 'heading', level: 2, text: label }, items.length ? { type: 'list', items } : { type: 'paragraph', text: '–' }];
  }
  return [
    { type: 'heading', level: 2, text: label },
    { type: 'paragraph', text: typeof value === 'string' && value.trim() ? withoutBasisMarkers(value) : '–' },
  ];
}

/** A sectioned document (a unit's report, or the organiser's follow-up) as a page. */
export function sectionedPage(
  title: string,
  definition: ReportDefinition,
  content: ReportContent,
  ctx: Context & {
    status: string;
    unit?: { name: string; schoolForm: SchoolForm };
    plan?: CommitmentPlan;
    generated?: Record<string, GeneratedTable>;
  },
): PageBlock[] {
  const blocks: PageBlock[] = [{ type: 'heading', level: 1, text: title }, byline(ctx.unit, ctx.status, ctx)];
  for (const s of definition.sections) {
    if (s.kind === 'perCommitment') {
      const written = (content[s.key] ?? {}) as Record<string, Record<string, string>>;
      for (const { goalArea, commitment } of commitmentsToFollowUp(ctx.plan)) {
        blocks.push({ type: 'heading', level: 2, text: `${goalArea.label}: ${commitment.title}` }, ...effectChain(commitment, ctx));
        for (const f of s.fields)
          blocks.push({ type: 'heading', level: 3, text: f.label }, { type: 'paragraph', text: written[commitment.id]?.[f.key] || '–' });
      }
    } else if (s.kind === 'generated') {
      const table = ctx.generated?.[s.key];
      blocks.push({ type: 'heading', level: 2, text: s.label });
      if (table?.rows.length) blocks.push({ type: 'table', columns: table.columns, rows: table.rows });
      if (table?.note || !table?.rows.length) blocks.push({ type: 'paragraph', tone: 'muted', text: table?.note ?? 'Inga uppgifter.' });
    } else {
      blocks.push(...textSection(s.group === 'analysis' ? `Analys: ${s.label}` : s.label, content[s.key], ctx));
    }
  }
  return blocks;
}

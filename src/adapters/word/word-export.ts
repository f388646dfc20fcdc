import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { withoutBlankEntries } from '../../domain/completeness';
import { DOCUMENT_STATUS_LABELS } from '../../domain/document-lifecycle';
import { FOLLOW_UP_STATUS_LABELS, type Commitment, type CommitmentPlan } from '../../domain/plan';
import { commitmentsToFollowUp, type ListEntry, type ReportDefinition, type YearReport } from '../../domain/report';
import { withoutBasisMarkers } from '../../domain/report-basis';
import { SCHOOL_FORMS } from '../../domain/school-forms';
import { SUCCESS_FACTORS } from '../../domain/success-factors';
import type { ReportWordContext, WordExportContext, WordRenderer } from '../../app/ports/renderers';

type ExportContext = WordExportContext;

const ACCENT = '2B6F5E';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'B7C9C3' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

const text = (value: string) => (value.trim() ? value : '–');

function paragraphs(value: string): Paragraph[] {
  return text(value)
    .split(/\n+/)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function cell(value: string, options: { header?: boolean; width?: number } = {}) {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E3EFEB' } : undefined,
    children: options.header ? [new Paragraph({ children: [new TextRun({ text: value, bold: true })] })] : paragraphs(value),
  });
}

function table(header: string[] | undefined, rows: string[][], widths?: number[]) {
  const all = [
    ...(header ? [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { header: true, width: widths?.[i] })) })] : []),
    ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { width: widths?.[i] })) })),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: all });
}

/** Two columns, label and value: the effect chain of one commitment. */
function factTable(facts: [string, string][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: facts.map(([label, value]) => new TableRow({ children: [cell(label, { header: true, width: 28 }), cell(value, { width: 72 })] })),
  });
}

function titlePage(
  kind: string,
  schoolYear: string,
  status: string,
  ctx: { municipalityName: string; exportedOn: string; unit?: ExportContext['unit'] },
): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: ctx.municipalityName, color: ACCENT, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${kind} ${schoolYear}`)] }),
    new Paragraph({
      children: [new TextRun({ text: ctx.unit ? `${ctx.unit.name} · ${SCHOOL_FORMS[ctx.unit.schoolForm]}` : 'Huvudmannanivån', size: 28 })],
    }),
    new Paragraph({ children: [new TextRun({ text: `Status: ${status} · Utskriven ${ctx.exportedOn}`, italics: true, color: '555555' })] }),
  ];
}

function effectChain(c: Commitment, ctx: Pick<ExportContext, 'boardGoals'>) {
  const goals = c.boardGoalIds.map((id) => ctx.boardGoals.find((g) => g.id === id)?.title ?? id);
  const factors = c.successFactors.map((f) => SUCCESS_FACTORS[f]);
  const blocks: (Paragraph | Table)[] = [
    factTable([
      ['Åtagande', c.description || c.title],
      ['Tänkta effekter', c.intendedEffects],
      ...(goals.length ? ([['Nämndens mål', goals.join('\n')]] as [string, string][]) : []),
      ...(factors.length ? ([['Framgångsfaktorer', factors.join('\n')]] as [string, string][]) : []),
    ]),
  ];
  if (c.activities.length) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Aktiviteter')] }));
    blocks.push(
      table(
        ['Aktivitet', 'Vad den ska leda till', 'Resultat'],
        c.activities.map((a) => [a.title, a.expectedResult, a.outcome]),
        [30, 35, 35],
      ),
    );
  }
  if (c.followUps.length) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Uppföljningar')] }));
    blocks.push(
      table(
        ['Datum', 'Status', 'Anteckning', 'Av'],
        c.followUps.map((f) => [f.date, FOLLOW_UP_STATUS_LABELS[f.status], f.note, f.authorName]),
        [14, 18, 50, 18],
      ),
    );
  }
  return blocks;
}

function wordDocument(title: string, children: (Paragraph | Table)[]) {
  return new Document({
    creator: 'SKA i Teams',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

export async function exportPlanDocx(plan: CommitmentPlan, ctx: ExportContext): Promise<Buffer> {
  const children: (Paragraph | Table)[] = titlePage(
    ctx.planLabel ?? 'Åtagandeplan',
    plan.schoolYear,
    DOCUMENT_STATUS_LABELS[plan.status],
    ctx,
  );
  for (const area of plan.goalAreas) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${area.label}${area.required ? ' (alltid prioriterat)' : ''}`)],
      }),
    );
    if (area.commitments.length === 0)
      children.push(new Paragraph({ children: [new TextRun({ text: 'Inga åtaganden ännu.', italics: true })] }));
    for (const c of area.commitments) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(c.title)] }));
      children.push(...effectChain(c, ctx));
    }
  }
  return Packer.toBuffer(wordDocument(`${ctx.planLabel ?? 'Åtagandeplan'} ${plan.schoolYear} – ${ctx.unit.name}`, children));
}

export async function exportReportDocx(
  report: Pick<YearReport, 'schoolYear' | 'status' | 'content'>,
  definition: ReportDefinition,
  plan: CommitmentPlan | undefined,
  ctx: ReportWordContext,
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = titlePage(definition.label, report.schoolYear, DOCUMENT_STATUS_LABELS[report.status], ctx);
  for (const s of definition.sections) {
    const value = report.content[s.key];
    if (s.kind === 'generated') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.label)] }));
      const t = ctx.generated?.[s.key];
      if (t?.rows.length)
        children.push(
          table(
            t.columns,
            t.rows.map((r) => r.map((v) => (v === null ? '–' : String(v)))),
          ),
        );
      if (t?.note || !t?.rows.length)
        children.push(new Paragraph({ children: [new TextRun({ text: t?.note ?? 'Inga uppgifter.', italics: true })] }));
    } else if (s.kind === 'perCommitment') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.label)] }));
      const written = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Record<string, string>>;
      for (const { goalArea, commitment } of commitmentsToFollowUp(plan)) {
        children.push(
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${goalArea.label}: ${commitment.title}`)] }),
        );
        children.push(...effectChain(commitment, ctx));
        for (const f of s.fields) {
          children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(f.label)] }));
          children.push(...paragraphs(written[commitment.id]?.[f.key] ?? ''));
        }
      }
    } else if (s.kind === 'list') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.label)] }));
      const items = withoutBlankEntries((Array.isArray(value) ? value : []) as ListEntry[]);
      if (items.length === 0) children.push(new Paragraph('–'));
      for (const item of items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item.text)] }));
    } else {
      const group = definition.groups.find((g) => g.key === s.group);
      const heading = group?.key === 'analysis' ? `Analys: ${s.label}` : s.label;
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }));
      children.push(...paragraphs(typeof value === 'string' ? withoutBasisMarkers(value) : ''));
    }
  }
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: ctx.municipalityName, color: ACCENT })] }));
  return Packer.toBuffer(wordDocument(`${definition.label} ${report.schoolYear}${ctx.unit ? ` – ${ctx.unit.name}` : ''}`, children));
}

/** The Word renderer port (src/app/ports/renderers.ts) on the docx package. */
export const docxWordRenderer: WordRenderer = { plan: exportPlanDocx, report: exportReportDocx };

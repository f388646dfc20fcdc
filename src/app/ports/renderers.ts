/**
 * The renderers the edges use to turn documents into files and pages: Word, PDF, HTML and QR.
 * The adapters (src/adapters/word, pdf, intranet, qr) implement them; compose.ts picks them and
 * the routes get them through their factories, so no route imports docx, pdfkit or qrcode.
 */
import type { CommitmentPlan } from '../../domain/plan';
import type { PageBlock } from '../../domain/page';
import type { BoardGoal } from '../../domain/process-config';
import type { ReportDefinition, YearReport } from '../../domain/report';
import type { SchoolForm } from '../../domain/school-forms';

/** What a Word document says about where it comes from, beside the document itself. */
export interface WordExportContext {
  municipalityName: string;
  planLabel?: string;
  unit: { name: string; schoolForm: SchoolForm };
  boardGoals: BoardGoal[];
  exportedOn: string;
}

/** A generated section's table (the annual follow-up's aggregates), as the Word export draws it. */
export interface GeneratedTableData {
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
}

/** A report's context: the unit is absent for the organiser's annual follow-up, which has generated tables. */
export type ReportWordContext = Omit<WordExportContext, 'unit'> & {
  unit?: WordExportContext['unit'];
  generated?: Record<string, GeneratedTableData>;
};

/** Word (.docx) exports of a plan and of a report. */
export interface WordRenderer {
  plan(plan: CommitmentPlan, ctx: WordExportContext): Promise<Buffer>;
  report(
    report: Pick<YearReport, 'schoolYear' | 'status' | 'content'>,
    definition: ReportDefinition,
    plan: CommitmentPlan | undefined,
    ctx: ReportWordContext,
  ): Promise<Buffer>;
}

/** A document as PDF, made from the same blocks as its intranet page. */
export interface PdfRenderer {
  render(title: string, blocks: PageBlock[], meta: { municipalityName: string; exportedOn: string }): Promise<Buffer>;
}

/** Whole standalone HTML pages (the local intranet, the legal pages) from page blocks. */
export interface PageRenderer {
  /** `site` is the municipality or the site's name, shown in the page's header. */
  page(title: string, blocks: PageBlock[], site: string): string;
}

/** The printable A4 poster around a survey link's QR code. */
export interface QrPosterInput {
  url: string;
  unitName: string;
  roundLabel: string;
  municipalityName: string;
  assisted: boolean;
}

/** QR codes of a link: SVG, PNG and the printable poster (HTML). */
export interface QrRenderer {
  svg(url: string): Promise<string>;
  png(url: string): Promise<Buffer>;
  poster(input: QrPosterInput): Promise<string>;
}

/** The four, as compose.ts hands them to the HTTP edge. */
export interface Renderers {
  word: WordRenderer;
  pdf: PdfRenderer;
  page: PageRenderer;
  qr: QrRenderer;
}

import type { DocumentKind } from '../../api/types';
import { DEFAULT_DOCUMENT_NAMES, type DocumentName, type DocumentState } from '../../lib/labels';

export interface DocumentSummary {
  kind: DocumentKind;
  schoolYear: string;
  state: DocumentState;
}

export interface DueItem {
  text: string;
  kind: DocumentKind;
  schoolYear: string;
}

/**
 * What is due next for a unit, derived simply from its documents and today's month
 * (the year wheel's real dates come from the server later):
 * - this year's plan not ready → it should be ready before the conditions dialogue in September
 *   (said so until September: later in the year that dialogue is past, and a date then would be wrong);
 * - in spring, this year's report not started → start it before the results dialogue;
 * - last year's report not started → it is the basis of this year's plan.
 */
export function dueNext(
  documents: DocumentSummary[],
  currentYear: string,
  previousYear: string,
  todayIso: string,
  names: Record<DocumentKind, DocumentName> = DEFAULT_DOCUMENT_NAMES,
): DueItem[] {
  const find = (kind: DocumentKind, year: string) => documents.find((d) => d.kind === kind && d.schoolYear === year);
  const month = Number(todayIso.slice(5, 7));
  const spring = month >= 1 && month <= 6;
  const due: DueItem[] = [];
  const plan = find('plan', currentYear);
  if (plan && (plan.state === 'notStarted' || plan.state === 'draft')) {
    due.push({
      kind: 'plan',
      schoolYear: currentYear,
      text:
        month >= 7 && month <= 9
          ? `${names.plan.The} ska vara klar för dialog före förutsättningsdialogen i september`
          : `Gör ${names.plan.the} klar för dialog`,
    });
  }
  const report = find('report', currentYear);
  if (spring && report?.state === 'notStarted') {
    due.push({ kind: 'report', schoolYear: currentYear, text: `Påbörja ${names.report.the} före resultatdialogen` });
  }
  const lastReport = find('report', previousYear);
  if (lastReport?.state === 'notStarted') {
    due.push({
      kind: 'report',
      schoolYear: previousYear,
      text: `${names.report.The} för ${previousYear} är inte påbörjad – den är underlag för årets ${names.plan.label.toLowerCase()}`,
    });
  }
  return due;
}

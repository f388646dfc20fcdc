import { mergeClasses, Spinner } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState, type MouseEvent } from 'react';
import type { DocumentKind, DocumentStatus, Me } from '../../../api/types';
import { ConfirmHost } from '../../../shared/hooks/confirm';
import { preloadable } from '../../../lib/preloadable';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { unitKeyFigures, unitPublish } from '../../../shell/unit-views';
import PlanPage from '../../plan/PlanPage/PlanPage';
import { useDocumentViewStyles } from './DocumentView.styles';

// The report editor is not needed to open the plan: it loads when the browser is idle, or when opened.
const { Component: ReportPage, load: loadReportPage } = preloadable(() => import('../../report/ReportPage/ReportPage'));

interface Props {
  unitId: string;
  unitName: string | undefined;
  schoolYear: string;
  doc: DocumentKind;
  me: Me | undefined;
  hrefFor(doc: DocumentKind): string;
  onDocChange(doc: DocumentKind): void;
  /** The organiser publishes final documents on the intranet from under the document. */
  canPublish?: boolean;
}

const DOCS: DocumentKind[] = ['plan', 'report'];

/**
 * A unit's two documents for a school year, one at a time: Åtagandeplan and Läsårsrapport (or the preset's names).
 * The switch is navigation (each document has its own URL), so it is links with the current
 * one marked, styled as tabs.
 */
export default function DocumentView({ unitId, unitName, schoolYear, doc, me, hrefFor, onDocChange, canPublish = false }: Props) {
  const styles = useDocumentViewStyles();
  const names = useDocumentNames();
  const key = `${unitId}|${schoolYear}`;
  // The open document's status, so publishing is offered for a final document only.
  const [status, setStatus] = useState<{ of: string; status: DocumentStatus | null }>();
  const onStatus = useCallback((s: DocumentStatus | null) => setStatus({ of: `${doc}|${key}`, status: s }), [doc, key]);
  const current = status?.of === `${doc}|${key}` ? status.status : undefined;
  // The unit's key figures come once its first document is on screen, and stay while switching documents.
  const figuresFor = status?.of.endsWith(`|${key}`) ? unitId : undefined;

  useEffect(() => {
    const load = () => void loadReportPage();
    if (typeof window.requestIdleCallback !== 'function') return void window.setTimeout(load, 2000);
    const id = window.requestIdleCallback(load, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }, []);

  const click = (d: DocumentKind) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onDocChange(d);
  };

  return (
    <div className={styles.root}>
      <nav aria-label="Enhetens dokument">
        <ul className={styles.switch}>
          {DOCS.map((d) => (
            <li key={d}>
              <a
                href={hrefFor(d)}
                className={mergeClasses(styles.link, d === doc && styles.current)}
                aria-current={d === doc ? 'page' : undefined}
                onClick={click(d)}
              >
                {names[d].label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ConfirmHost>
        {doc === 'plan' ? (
          <PlanPage key={key} unitId={unitId} unitName={unitName} schoolYear={schoolYear} me={me} onStatus={onStatus} />
        ) : (
          <Suspense fallback={<Spinner label={`Öppnar ${names.report.the}…`} />}>
            <ReportPage key={key} unitId={unitId} unitName={unitName} schoolYear={schoolYear} me={me} onStatus={onStatus} />
          </Suspense>
        )}
      </ConfirmHost>
      {figuresFor && (
        <Suspense fallback={null}>
          <unitKeyFigures.Component key={unitId} unitId={unitId} unitName={unitName} />
        </Suspense>
      )}
      {canPublish && current !== undefined && (
        <Suspense fallback={null}>
          <unitPublish.Component kind={doc} unitId={unitId} unitName={unitName} schoolYear={schoolYear} final={current === 'final'} />
        </Suspense>
      )}
    </div>
  );
}

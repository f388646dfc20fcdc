import { mergeClasses, Spinner } from '@fluentui/react-components';
import { Suspense, useEffect, type MouseEvent } from 'react';
import type { DocumentKind, Me } from '../../api/types';
import { ConfirmHost } from '../../hooks/confirm';
import { preloadable } from '../../hooks/preloadable';
import { DOCUMENT_LABELS } from '../../ui/labels';
import PlanPage from '../PlanPage/PlanPage';
import { useDocumentViewStyles } from './DocumentView.styles';

// The report editor is not needed to open the plan: it loads when the browser is idle, or when opened.
const { Component: ReportPage, load: loadReportPage } = preloadable(() => import('../ReportPage/ReportPage'));

interface Props {
  unitId: string;
  unitName: string | undefined;
  schoolYear: string;
  doc: DocumentKind;
  me: Me | undefined;
  hrefFor(doc: DocumentKind): string;
  onDocChange(doc: DocumentKind): void;
}

const DOCS: DocumentKind[] = ['plan', 'report'];

/**
 * A unit's two documents for a school year, one at a time: Åtagandeplan and Läsårsrapport.
 * The switch is navigation (each document has its own URL), so it is links with the current
 * one marked, styled as tabs.
 */
export default function DocumentView({ unitId, unitName, schoolYear, doc, me, hrefFor, onDocChange }: Props) {
  const styles = useDocumentViewStyles();
  const key = `${unitId}|${schoolYear}`;

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
                {DOCUMENT_LABELS[d]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ConfirmHost>
        {doc === 'plan' ? (
          <PlanPage key={key} unitId={unitId} unitName={unitName} schoolYear={schoolYear} me={me} />
        ) : (
          <Suspense fallback={<Spinner label="Öppnar läsårsrapporten…" />}>
            <ReportPage key={key} unitId={unitId} unitName={unitName} schoolYear={schoolYear} me={me} />
          </Suspense>
        )}
      </ConfirmHost>
    </div>
  );
}

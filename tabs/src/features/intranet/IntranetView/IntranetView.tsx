import { mergeClasses, Spinner } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Me } from '../../../api/types';
import type { PageKind, PublishedPage } from '../../../api/organiser-types';
import { useIntranetPages } from '../use-intranet';
import { pageMeta } from '../page-meta';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { useServices } from '../../../shared/hooks/services';
import BatchPublish from '../BatchPublish/BatchPublish';
import { useIntranetViewStyles } from './IntranetView.styles';
import { isOrganiser } from '../../../lib/permissions';

/** The page types in the preset's own words (from /api/config; the 2024 names until known). */
function usePageKindLabels(): Record<PageKind, string> {
  const names = useDocumentNames();
  const organiser = useServices().config.documentLabels?.organiser ?? 'Huvudmannens verksamhetsuppföljning';
  return useMemo(
    () => ({ annualFollowUp: organiser, plan: names.plan.label, report: names.report.label, yearWheel: 'Årshjul' }),
    [organiser, names],
  );
}

function groupsOf(labels: Record<PageKind, string>): { title: string; description?: string; kinds: PageKind[] }[] {
  return [
    { title: labels.annualFollowUp, kinds: ['annualFollowUp'] },
    {
      title: 'Enheternas dokument',
      description: `${labels.plan} och ${labels.report.toLowerCase()} per enhet.`,
      kinds: ['plan', 'report'],
    },
    { title: 'Årshjul', kinds: ['yearWheel'] },
  ];
}

/** "en fastställd a, b eller c" */
const anyOf = (labels: string[]) =>
  labels
    .map((l) => `en fastställd ${l.toLowerCase()}`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' eller $1');

function PageList({ pages }: { pages: PublishedPage[] }) {
  const styles = useIntranetViewStyles();
  const kindLabels = usePageKindLabels();
  return (
    <ul className={styles.list}>
      {pages.map((p) => (
        <li key={p.slug} className={styles.item} data-testid="intranet-page">
          <a href={p.url} target="_blank" rel="noopener noreferrer" className={mergeClasses(styles.link, styles.title)} data-slug={p.slug}>
            {p.title}
            <span className={styles.hidden}> (öppnas i en ny flik)</span>
          </a>
          <span className={styles.meta} data-testid="intranet-page-meta">
            {pageMeta(p, kindLabels[p.kind] ?? p.kind)}
            {p.kind !== 'yearWheel' && (
              <>
                {' · '}
                <a href={`/intranet/${encodeURIComponent(p.slug)}/pdf`} target="_blank" rel="noopener noreferrer" className={styles.link}>
                  PDF<span className={styles.hidden}>: {p.title} (öppnas i en ny flik)</span>
                </a>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Intranät: what has been published, for everyone signed in and the board's main view. Only
 * final documents are ever published, so nothing in draft can be found here.
 */
export default function IntranetView({ schoolYear, me }: { schoolYear?: string; me?: Me }) {
  const styles = useIntranetViewStyles();
  const [revision, setRevision] = useState(0);
  const loaded = useIntranetPages(revision);
  // After a batch the pages reload; the list stays on screen meanwhile.
  const last = useRef(loaded.data);
  if (loaded.data) last.current = loaded.data;
  const pages = loaded.status === 'loading' && last.current ? { ...loaded, status: 'ready' as const, data: last.current } : loaded;
  const organiser = !!schoolYear && isOrganiser(me);
  const labels = usePageKindLabels();
  return (
    <div className={styles.root}>
      <ViewHeader
        title="Intranät"
        intro="Fastställda dokument som har publicerats på intranätet. Sidorna öppnas i en ny flik och kan läsas på surfplatta och telefon."
      />
      {organiser && <BatchPublish key={schoolYear} schoolYear={schoolYear} onPublished={() => setRevision((r) => r + 1)} />}
      {pages.status === 'loading' && <Spinner label="Hämtar de publicerade sidorna…" />}
      {pages.status === 'error' && <ErrorBar error={pages.error} onRetry={pages.reload} />}
      {pages.status === 'ready' &&
        (pages.data.length === 0 ? (
          <Panel
            title="Inget publicerat ännu"
            description={`När huvudmannen publicerar ${anyOf([labels.annualFollowUp, labels.plan, labels.report])} syns den här.`}
          />
        ) : (
          groupsOf(labels).map((g) => {
            const mine = pages.data.filter((p) => g.kinds.includes(p.kind));
            return mine.length ? (
              <Panel key={g.kinds.join()} title={g.title} description={g.description}>
                <PageList pages={mine} />
              </Panel>
            ) : null;
          })
        ))}
    </div>
  );
}

import { Spinner } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { DocumentKind, Me, Unit } from '../../../api/types';
import { usePersonalOverview, type UnitOverview } from '../use-personal-overview';
import { todayIso } from '../../../lib/dates';
import { dueNext } from '../due-next';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import { ROLE_LABELS } from '../../../lib/labels';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DocumentStatusBadge } from '../../../shared/document/StatusBadges/StatusBadges';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { usePersonalPageStyles } from './PersonalPage.styles';
import { WaitingPanel, type WaitingTarget } from '../WaitingPanel/WaitingPanel';
import { isOrganiser } from '../../../lib/permissions';

export interface DocumentLink {
  unitId: string;
  schoolYear: string;
  doc: DocumentKind;
}

interface Props {
  me: Me;
  units: Unit[];
  currentYear: string;
  /** The year before it, as /api/config names it. */
  previousYear: string;
  hrefFor(link: DocumentLink): string;
  onOpen(link: DocumentLink): void;
  /** One of the app's views (Dialoger, TLD, Intranät), in place: the app's own navigation. */
  hrefForView(view: ViewTarget['view']): string;
  onOpenView(view: ViewTarget['view']): void;
}

type ViewTarget = Exclude<WaitingTarget, { view: 'document' }>;

function UnitCard({
  overview,
  currentYear,
  previousYear,
  hrefFor,
  onOpen,
}: { overview: UnitOverview } & Pick<Props, 'currentYear' | 'previousYear' | 'hrefFor' | 'onOpen'>) {
  const styles = usePersonalPageStyles();
  const names = useDocumentNames();
  const { unit, role, documents } = overview;
  const due = dueNext(documents, currentYear, previousYear, todayIso(), names);
  const headingId = `unit-${unit.id}`;

  const link = (l: DocumentLink) => ({
    href: hrefFor(l),
    onClick: (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onOpen(l);
    },
  });

  return (
    <section className={styles.unit} aria-labelledby={headingId} data-testid="personal-unit">
      <div className={styles.unitHeader}>
        <h2 id={headingId} className={styles.unitName}>
          {unit.name}
        </h2>
        <span className={styles.unitMeta}>
          {unit.schoolFormLabel} · du är {ROLE_LABELS[role] ?? role}
        </span>
      </div>
      {due.length > 0 && (
        <div className={styles.due}>
          <p className={styles.dueTitle}>Att göra härnäst</p>
          <ul className={styles.dueList}>
            {due.map((d) => (
              <li key={d.text}>
                <a className={styles.dueLink} {...link({ unitId: unit.id, schoolYear: d.schoolYear, doc: d.kind })}>
                  {d.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <DataTable
        caption={`Dokument för ${unit.name}`}
        captionHidden
        inline="plain"
        columns={[{ label: 'Dokument' }, { label: 'Status' }]}
        rowKeys={documents.map((d) => `${d.kind}-${d.schoolYear}`)}
        rows={documents.map((d) => [
          <a key="doc" className={styles.link} {...link({ unitId: unit.id, schoolYear: d.schoolYear, doc: d.kind })}>
            {names[d.kind].label} {d.schoolYear}
          </a>,
          <DocumentStatusBadge key="status" status={d.state} size="medium" />,
        ])}
      />
    </section>
  );
}

/** "Mitt kvalitetsarbete", the personal tab: my units, my documents and what is due next. */
export default function PersonalPage({ me, units, currentYear, previousYear, hrefFor, onOpen, hrefForView, onOpenView }: Props) {
  const styles = usePersonalPageStyles();
  const overview = usePersonalOverview(me, units, currentYear, previousYear);
  // A document or a view (dialogues, TLD, the intranet) opens in place.
  const viewHref = (t: WaitingTarget) => (t.view === 'document' ? hrefFor(t) : hrefForView(t.view));
  const openTarget = (t: WaitingTarget) => (t.view === 'document' ? onOpen(t) : onOpenView(t.view));
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>Mitt kvalitetsarbete</h1>
        <p className={styles.intro}>
          Dina enheter och deras dokument för läsåret {currentYear} och året innan, och vad som ska göras härnäst.
        </p>
      </div>
      <WaitingPanel title="Det här väntar på dig" hrefFor={viewHref} onOpen={openTarget} />
      {overview.status === 'loading' && <Spinner label="Hämtar dina dokument…" />}
      {overview.status === 'error' && <ErrorBar error={overview.error} onRetry={overview.reload} />}
      {overview.status === 'ready' &&
        (overview.data.length ? (
          <div className={styles.units}>
            {overview.data.map((o) => (
              <UnitCard
                key={o.unit.id}
                overview={o}
                currentYear={currentYear}
                previousYear={previousYear}
                hrefFor={hrefFor}
                onOpen={onOpen}
              />
            ))}
          </div>
        ) : (
          <p className={styles.intro}>
            Du har inga egna enheter. {isOrganiser(me) ? 'Som huvudmannanivå läser du alla enheters dokument i appen.' : ''}
          </p>
        ))}
    </div>
  );
}

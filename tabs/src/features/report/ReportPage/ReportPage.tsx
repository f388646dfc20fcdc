import { Fragment, useEffect, useMemo } from 'react';
import type { CatalogueEntry, Me, ReportDocument, Transition } from '../../../api/types';
import type { ApiError } from '../../../api/api-error';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import type { DocumentSession } from '../../../shared/document/document-session';
import { DocumentCommentsProvider, useCommentedDocument } from '../../../shared/document/document-comments';
import { useDocumentTarget } from '../../../shared/document/document-target';
import { useSaveOnLeave, useSessionSnapshot } from '../../../shared/document/use-document-session';
import { useReport } from '../use-report';
import { isPrincipalOf, mayComment } from '../../../lib/permissions';
import { layoutReport } from '../report-layout';
import { ListSection } from '../../../shared/document/ListSection/ListSection';
import { SectionGroup } from '../../../shared/document/SectionGroup/SectionGroup';
import { SessionDocumentBar } from '../../../shared/document/DocumentBar/SessionDocumentBar';
import { DocumentHeader } from '../../../shared/document/DocumentHeader/DocumentHeader';
import { DocumentPending, type UnitDocumentPageProps } from '../../../shared/document/DocumentPending/DocumentPending';
import { ReadOnlyNote } from '../../../shared/document/ReadOnlyNote/ReadOnlyNote';
import { ReportCommitments } from '../ReportCommitments/ReportCommitments';
import { ReportNotStarted } from '../ReportNotStarted/ReportNotStarted';
import { ReportBasis } from '../ReportBasis/ReportBasis';
import { TextSection } from '../../../shared/document/TextSection/TextSection';
import { withoutBasisMarkers } from '../../../shared/document/basis-markers';
import { useReportPageStyles } from './ReportPage.styles';
import { sectionParts } from '../../../shared/document/section-parts';

type Props = UnitDocumentPageProps;

/** The document's own name (Läsårsrapport, Verksamhetsuppföljning, …: the preset decides). */
const title = (schoolYear: string, unitName: string, label = 'Läsårsrapport') => `${label} ${schoolYear} – ${unitName}`;
/** The preset names the plan (Åtagandeplan, Verksamhetsplan…): the subtitle speaks its words. */
const subtitle = (planThe: string) =>
  `Byggd från läsårets ${planThe}: resultat och effekter per åtagande, underlag, analys och utvecklingsbehov.`;

/** The goal areas development needs may name: the unit's catalogue, else the plan's own. */
function goalAreasOf(doc: ReportDocument): CatalogueEntry[] {
  if (doc.goalAreaCatalogue?.length) return doc.goalAreaCatalogue;
  return (doc.plan?.goalAreas ?? []).map((g) => ({ key: g.key, label: g.label }));
}

interface OpenProps {
  session: DocumentSession<ReportDocument>;
  me: Me | undefined;
  transition(t: Transition, comment?: string): Promise<ApiError | null>;
  onStatus?: Props['onStatus'];
}

function OpenReport({ session, me, transition, onStatus }: OpenProps) {
  const { doc } = useSessionSnapshot(session);
  useSaveOnLeave(session);
  const { unit, report, definition } = doc;
  useEffect(() => onStatus?.(report.status), [onStatus, report.status]);
  const readOnly = !doc.canEdit;
  const part = sectionParts(session, doc, readOnly);
  const target = useDocumentTarget('report', unit.id, report.schoolYear);
  // Returning a document adds its comment on the server: the comments are read again after a status change.
  const { comments, onTransition } = useCommentedDocument(target.extras, doc.comments, mayComment(me, unit.id), transition);
  const groups = useMemo(() => layoutReport(definition), [definition]);
  const names = useDocumentNames();
  const goalAreas = useMemo(() => goalAreasOf(doc), [doc]);

  return (
    <DocumentCommentsProvider value={comments}>
      <DocumentHeader
        title={title(report.schoolYear, unit.name, definition.label)}
        status={report.status}
        subtitle={subtitle(names.plan.the)}
      >
        {readOnly && <ReadOnlyNote kind="report" status={report.status} />}
      </DocumentHeader>
      <SessionDocumentBar session={session} target={target} onTransition={onTransition} about={`hela ${doc.name.the}`} />
      {groups.map((g) => (
        <SectionGroup key={g.key} label={g.label} hint={g.hint}>
          {g.sections.map((s) =>
            s.kind === 'perCommitment' ? (
              <ReportCommitments key={s.key} section={s} plan={doc.plan} session={session} readOnly={readOnly} />
            ) : s.kind === 'list' ? (
              <ListSection key={s.key} {...part(s)} goalAreas={goalAreas} empty="Inga utvecklingsbehov ännu." testId="development-needs" />
            ) : (
              <Fragment key={s.key}>
                {s.basis && !readOnly && <ReportBasis session={session} sectionKey={s.key} label={s.label} />}
                <TextSection {...part(s)} testId="report-section" readOnlyText={s.basis ? withoutBasisMarkers : undefined} />
              </Fragment>
            ),
          )}
        </SectionGroup>
      ))}
    </DocumentCommentsProvider>
  );
}

/** A unit's Läsårsrapport for a school year, built from that year's plan; loaded when first opened. */
export default function ReportPage({ unitId, unitName, schoolYear, me, onStatus }: Props) {
  const styles = useReportPageStyles();
  const { state, session, transition, start, reload } = useReport(unitId, schoolYear);
  const names = useDocumentNames();
  return (
    <div className={styles.root}>
      <DocumentPending
        state={state}
        header={<DocumentHeader title={title(schoolYear, unitName ?? 'enheten', names.report.label)} subtitle={subtitle(names.plan.the)} />}
        loadingLabel={`Hämtar ${names.report.the}…`}
        onRetry={() => void reload()}
        onStatus={onStatus}
        notStarted={<ReportNotStarted schoolYear={schoolYear} canStart={me ? isPrincipalOf(me, unitId) : undefined} onStart={start} />}
      />
      {session && <OpenReport session={session} me={me} transition={transition} onStatus={onStatus} />}
    </div>
  );
}

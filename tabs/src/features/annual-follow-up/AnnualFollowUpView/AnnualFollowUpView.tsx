import { Button, Spinner } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { AnnualDocument } from '../../../api/organiser-types';
import type { Me, Transition } from '../../../api/types';
import { ConfirmHost } from '../../../shared/hooks/confirm';
import { DocumentCommentsProvider, useCommentedDocument } from '../../../shared/document/document-comments';
import type { DocumentSession } from '../../../shared/document/document-session';
import { useAnnualFollowUp } from '../use-annual-follow-up';
import { useAnnualTarget } from '../annual-target';
import { SessionDocumentBar } from '../../../shared/document/DocumentBar/SessionDocumentBar';
import { useSaveOnLeave, useSessionSnapshot } from '../../../shared/document/use-document-session';
import { useIntranetPages } from '../../intranet/use-intranet';
import { useOrganiserApi } from '../../../shared/hooks/use-organiser-api';
import { DocumentHeader } from '../../../shared/document/DocumentHeader/DocumentHeader';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { ListSection } from '../../../shared/document/ListSection/ListSection';
import { SectionGroup } from '../../../shared/document/SectionGroup/SectionGroup';
import { TextSection } from '../../../shared/document/TextSection/TextSection';
import { GeneratedSection } from '../GeneratedSection/GeneratedSection';
import { Panel } from '../../../shared/components/Panel/Panel';
import { PublishPanel } from '../../intranet/PublishPanel/PublishPanel';
import { useAnnualFollowUpViewStyles } from './AnnualFollowUpView.styles';
import { isOrganiser } from '../../../lib/permissions';
import { DocumentPending } from '../../../shared/document/DocumentPending/DocumentPending';
import { sectionParts } from '../../../shared/document/section-parts';

const SUBTITLE =
  'Alla enheters resultat sida vid sida, huvudmannens analys per kvalitetsdimension, barnrättsperspektiv och likvärdighet, och prioriteringarna inför nästa läsår.';
const title = (year: string) => `Huvudmannens verksamhetsuppföljning ${year}`;

type OnTransition = (t: Transition, comment?: string) => Promise<ApiError | null>;

function OpenAnnual({
  session,
  me,
  transition,
}: {
  session: DocumentSession<AnnualDocument>;
  me: Me | undefined;
  transition: OnTransition;
}) {
  const styles = useAnnualFollowUpViewStyles();
  const api = useOrganiserApi();
  const { doc } = useSessionSnapshot(session);
  useSaveOnLeave(session);
  const { document, definition } = doc;
  const readOnly = !doc.canEdit;
  const part = sectionParts(session, doc, readOnly);
  const organiser = isOrganiser(me);
  const target = useAnnualTarget(document.schoolYear);
  // Returning a document adds its comment on the server: the comments are read again after a status change.
  const { comments, onTransition } = useCommentedDocument(target.extras, undefined, organiser, transition);
  const [pagesRevision, setPagesRevision] = useState(0);
  const pages = useIntranetPages(pagesRevision);
  const current = pages.data?.find((p) => p.kind === 'annualFollowUp' && p.schoolYear === document.schoolYear);
  const groups = useMemo(() => {
    const known = new Set(definition.groups.map((g) => g.key));
    const other = definition.sections.filter((s) => !s.group || !known.has(s.group));
    return [
      ...definition.groups.map((g) => ({ ...g, sections: definition.sections.filter((s) => s.group === g.key) })),
      { key: '_other', label: 'Övrigt', hint: undefined, sections: other },
    ].filter((g) => g.sections.length > 0);
  }, [definition]);

  return (
    <DocumentCommentsProvider value={comments}>
      <DocumentHeader title={title(document.schoolYear)} status={document.status} subtitle={SUBTITLE}>
        {readOnly && (
          <p className={styles.note} data-testid="read-only-note">
            {document.status === 'final'
              ? 'Verksamhetsuppföljningen är fastställd och kan inte längre ändras.'
              : 'Verksamhetsuppföljningen skrivs av huvudmannanivån.'}
          </p>
        )}
      </DocumentHeader>
      <SessionDocumentBar session={session} target={target} onTransition={onTransition} about="hela verksamhetsuppföljningen" />
      {organiser && (
        <Panel title="Intranätet" level={2}>
          <PublishPanel
            what="verksamhetsuppföljningen"
            final={document.status === 'final'}
            current={current}
            publish={() => api.publishAnnual(document.schoolYear)}
            onPublished={() => setPagesRevision((r) => r + 1)}
          />
        </Panel>
      )}
      {groups.map((g) => (
        <SectionGroup key={g.key} label={g.label} hint={g.hint}>
          {g.sections.map((s) =>
            s.kind === 'generated' ? (
              <GeneratedSection key={s.key} section={s} table={doc.generated[s.key]} />
            ) : s.kind === 'list' ? (
              <ListSection key={s.key} {...part(s)} testId="annual-list" />
            ) : s.kind === 'text' ? (
              <TextSection key={s.key} {...part(s)} rows={5} testId="annual-section" />
            ) : null,
          )}
        </SectionGroup>
      ))}
    </DocumentCommentsProvider>
  );
}

/** Verksamhetsuppföljning: the organiser's yearly document, built from every unit, edited like a report. */
export default function AnnualFollowUpView({ schoolYear, me }: { schoolYear: string; me: Me | undefined }) {
  const styles = useAnnualFollowUpViewStyles();
  const { state, session, transition, start, reload } = useAnnualFollowUp(schoolYear);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const organiser = isOrganiser(me);
  return (
    <div className={styles.root}>
      <ConfirmHost>
        <DocumentPending
          state={state}
          header={<DocumentHeader title={title(schoolYear)} subtitle={SUBTITLE} />}
          loadingLabel="Hämtar verksamhetsuppföljningen…"
          onRetry={() => void reload()}
          notStarted={
            <Panel
              title="Inte påbörjad"
              description={`Verksamhetsuppföljningen för ${schoolYear} är inte påbörjad. Den byggs från alla enheters dokument, TLD-resultat och nyckeltal för läsåret.`}
            >
              {organiser ? (
                <div>
                  <Button
                    appearance="primary"
                    disabled={starting}
                    icon={starting ? <Spinner size="tiny" /> : undefined}
                    onClick={async () => {
                      setStarting(true);
                      setStartError(await start());
                      setStarting(false);
                    }}
                  >
                    Påbörja verksamhetsuppföljningen
                  </Button>
                </div>
              ) : (
                <p className={styles.note}>Den påbörjas av huvudmannanivån.</p>
              )}
              {startError && <ErrorBar error={startError} onDismiss={() => setStartError(null)} />}
            </Panel>
          }
        />
        {session && <OpenAnnual key={schoolYear} session={session} me={me} transition={transition} />}
      </ConfirmHost>
    </div>
  );
}

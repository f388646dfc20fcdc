import { Button, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { AnnualDocument } from '../../../api/organiser-types';
import type { Me, Transition } from '../../../api/types';
import { ConfirmHost } from '../../../shared/hooks/confirm';
import { DocumentCommentsProvider, type DocumentComments } from '../../../shared/document/document-comments';
import type { DocumentSession } from '../../../shared/document/document-session';
import { useAnnualComments, useAnnualExport, useAnnualFollowUp } from '../use-annual-follow-up';
import { useSaveOnLeave, useSessionSnapshot } from '../../../shared/document/use-document-session';
import { useIntranetPages } from '../../intranet/use-intranet';
import { useOrganiserApi } from '../../../shared/hooks/use-organiser-api';
import { useCommentAnchor } from '../../../shared/document/CommentAnchor/CommentAnchor';
import { DocumentHeader } from '../../../shared/document/DocumentHeader/DocumentHeader';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { SaveIndicator } from '../../../shared/document/SaveIndicator/SaveIndicator';
import { AnnualListSection } from '../AnnualListSection/AnnualListSection';
import { AnnualStatusActions } from '../AnnualStatusActions/AnnualStatusActions';
import { AnnualTextSection } from '../AnnualTextSection/AnnualTextSection';
import { GeneratedSection } from '../GeneratedSection/GeneratedSection';
import { Panel } from '../../../shared/components/Panel/Panel';
import { PublishPanel } from '../../intranet/PublishPanel/PublishPanel';
import { useAnnualFollowUpViewStyles } from './AnnualFollowUpView.styles';

const AnnualHistoryPanel = lazy(() => import('../AnnualHistoryPanel/AnnualHistoryPanel'));

const SUBTITLE = 'Alla enheters resultat sida vid sida, huvudmannens analys per kvalitetsdimension, barnrättsperspektiv och likvärdighet, och prioriteringarna inför nästa läsår.';
const title = (year: string) => `Huvudmannens verksamhetsuppföljning ${year}`;

interface BarProps {
  doc: AnnualDocument;
  session: DocumentSession<AnnualDocument>;
  onTransition(t: Transition, comment?: string): Promise<ApiError | null>;
}

/** Status, saving, the document's comments, history and Word export. */
function AnnualBar({ doc, session, onTransition }: BarProps) {
  const styles = useAnnualFollowUpViewStyles();
  const { save, conflicts } = useSessionSnapshot(session);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const historyButton = useRef<HTMLButtonElement>(null);
  const exporter = useAnnualExport(doc.document.schoolYear);
  const comments = useCommentAnchor({ anchor: 'document', about: 'hela verksamhetsuppföljningen', openWhenUnresolved: true });
  return (
    <>
      <div className={styles.bar} data-testid="document-bar">
        <AnnualStatusActions transitions={doc.transitions} missing={doc.missing} onTransition={onTransition} />
        <div className={styles.tools}>
          <SaveIndicator save={save} conflicts={conflicts.length} onRetry={() => void session.flush()} />
          <div className={styles.buttons}>
            {comments.button}
            <Button ref={historyButton} aria-haspopup="dialog" onClick={() => (setMounted(true), setHistoryOpen(true))}>
              Versionshistorik
            </Button>
            <Button disabled={exporter.busy} icon={exporter.busy ? <Spinner size="tiny" /> : undefined} onClick={() => void exporter.run()}>
              Exportera till Word
            </Button>
          </div>
        </div>
        {exporter.error && <ErrorBar error={exporter.error} onDismiss={exporter.dismiss} />}
        {mounted && (
          <Suspense fallback={null}>
            <AnnualHistoryPanel
              schoolYear={doc.document.schoolYear}
              open={historyOpen}
              revision={doc.etag}
              onClose={() => {
                setHistoryOpen(false);
                requestAnimationFrame(() => historyButton.current?.focus());
              }}
            />
          </Suspense>
        )}
      </div>
      {comments.thread}
    </>
  );
}

function OpenAnnual({ session, me, transition }: { session: DocumentSession<AnnualDocument>; me: Me | undefined; transition: BarProps['onTransition'] }) {
  const styles = useAnnualFollowUpViewStyles();
  const api = useOrganiserApi();
  const ids = useId();
  const { doc } = useSessionSnapshot(session);
  useSaveOnLeave(session);
  const { document, definition } = doc;
  const readOnly = !doc.canEdit;
  const organiser = me?.roles.includes('organiser') ?? false;
  const comments = useAnnualComments(document.schoolYear);
  const reloadComments = comments.reload;
  const commentsValue = useMemo<DocumentComments>(
    () => ({ state: comments.state, canComment: organiser, add: comments.add, resolve: comments.resolve }),
    [comments.state, comments.add, comments.resolve, organiser],
  );
  const onTransition = useCallback(
    async (t: Transition, comment?: string) => {
      const error = await transition(t, comment);
      reloadComments();
      return error;
    },
    [transition, reloadComments],
  );
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
    <DocumentCommentsProvider value={commentsValue}>
      <DocumentHeader title={title(document.schoolYear)} status={document.status} subtitle={SUBTITLE}>
        {readOnly && (
          <p className={styles.note} data-testid="read-only-note">
            {document.status === 'final' ? 'Verksamhetsuppföljningen är fastställd och kan inte längre ändras.' : 'Verksamhetsuppföljningen skrivs av huvudmannanivån.'}
          </p>
        )}
      </DocumentHeader>
      <AnnualBar doc={doc} session={session} onTransition={onTransition} />
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
      {groups.map((g, i) => (
        <section key={g.key} className={styles.group} aria-labelledby={`${ids}-${i}`}>
          <div className={styles.groupHeader}>
            <h2 id={`${ids}-${i}`} className={styles.groupTitle}>
              {g.label}
            </h2>
            {g.hint && <p className={styles.groupHint}>{g.hint}</p>}
          </div>
          {g.sections.map((s) =>
            s.kind === 'generated' ? (
              <GeneratedSection key={s.key} section={s} table={doc.generated[s.key]} />
            ) : s.kind === 'list' ? (
              <AnnualListSection key={s.key} section={s} session={session} readOnly={readOnly} missing={doc.missing.includes(s.label)} />
            ) : s.kind === 'text' ? (
              <AnnualTextSection key={s.key} section={s} session={session} readOnly={readOnly} missing={doc.missing.includes(s.label)} />
            ) : null,
          )}
        </section>
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
  const organiser = me?.roles.includes('organiser') ?? false;
  return (
    <div className={styles.root}>
      <ConfirmHost>
        {state.status !== 'ready' && <DocumentHeader title={title(schoolYear)} subtitle={SUBTITLE} />}
        {state.status === 'loading' && <Spinner label="Hämtar verksamhetsuppföljningen…" />}
        {state.status === 'error' && <ErrorBar error={state.error} onRetry={() => void reload()} />}
        {state.status === 'notStarted' && (
          <Panel title="Inte påbörjad" description={`Verksamhetsuppföljningen för ${schoolYear} är inte påbörjad. Den byggs från alla enheters dokument, TLD-resultat och nyckeltal för läsåret.`}>
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
        )}
        {session && <OpenAnnual key={schoolYear} session={session} me={me} transition={transition} />}
      </ConfirmHost>
    </div>
  );
}

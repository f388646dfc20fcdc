import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { Completeness, Transition } from '../../../api/types';
import type { DocumentTarget } from '../document-target';
import type { SaveStatus } from '../document-session';
import { useCommentAnchor } from '../CommentAnchor/CommentAnchor';
import { ExportButton } from '../ExportButton/ExportButton';
import { SaveIndicator } from '../SaveIndicator/SaveIndicator';
import { SectionProgress } from '../SectionProgress/SectionProgress';
import { StatusActions } from '../StatusActions/StatusActions';
import { useDocumentBarStyles } from './DocumentBar.styles';

const HistoryPanel = lazy(() => import('../HistoryPanel/HistoryPanel'));

interface Props {
  target: DocumentTarget;
  transitions: Transition[];
  missing?: string[];
  /** Progress per section and what each status change waits for. */
  completeness?: Completeness;
  onTransition(transition: Transition, comment?: string): Promise<ApiError | null>;
  save: SaveStatus;
  conflicts: number;
  onRetrySave(): void;
  /** Bumped after each save, so an open history shows the newest version. */
  revision: string;
  /** What comments on the whole document are called: "hela läsårsrapporten". */
  about: string;
}

/** What is done to a document as a whole (plan, report, annual follow-up): status, saving, history and Word export. */
export function DocumentBar({
  target,
  transitions,
  missing,
  completeness,
  onTransition,
  save,
  conflicts,
  onRetrySave,
  revision,
  about,
}: Props) {
  const styles = useDocumentBarStyles();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const historyButton = useRef<HTMLButtonElement>(null);
  // The document's own comments (a returned document's reason is one) are open while unresolved; no
  // header beside the button says what they are about, so the button does ("Kommentera hela …").
  const comments = useCommentAnchor({ anchor: 'document', about, openWhenUnresolved: true, aboutShown: true });

  return (
    <>
      <div className={styles.root} data-testid="document-bar">
        <div className={styles.status}>
          {completeness && <SectionProgress completeness={completeness} noun={target.sectionNoun} />}
          <StatusActions
            texts={target.statusTexts}
            transitions={transitions}
            missing={missing ?? completeness?.missing.ready}
            missingToFinalise={completeness?.missing.finalise}
            onTransition={onTransition}
          />
        </div>
        <div className={styles.tools}>
          <SaveIndicator save={save} conflicts={conflicts} onRetry={onRetrySave} />
          <div className={styles.buttons}>
            {comments.button}
            <Button
              ref={historyButton}
              aria-haspopup="dialog"
              onClick={() => {
                setMounted(true);
                setHistoryOpen(true);
              }}
            >
              Versionshistorik
            </Button>
            <ExportButton extras={target.extras} />
          </div>
        </div>
        {mounted && (
          <Suspense fallback={null}>
            <HistoryPanel
              target={target}
              open={historyOpen}
              // Read again when opened after a save, not on every save while closed.
              revision={historyOpen ? revision : 'closed'}
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

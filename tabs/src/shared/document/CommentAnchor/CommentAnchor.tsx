import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useDocumentComments } from '../document-comments';
import { useCommentAnchorStyles } from './CommentAnchor.styles';

const CommentThread = lazy(() => import('../CommentThread/CommentThread'));

interface Options {
  /** "document", "goalArea:<key>", "commitment:<id>" or "section:<key>". */
  anchor: string;
  /** What the comments are about, for the button's name: "Processkvalitet". */
  about: string;
  /** Open from the start when there is something unresolved (the document's own comments). */
  openWhenUnresolved?: boolean;
  /**
   * Say what is commented on the button itself ("Kommentera hela verksamhetsuppföljningen"): where no
   * header beside it says so (the document bar). Otherwise only a screen reader hears it.
   */
  aboutShown?: boolean;
}

/**
 * The comments of one part of a document: a button for the part's header (how many, how many
 * unresolved) and the thread to show under the header when opened. The button is left out
 * for readers when there is nothing to read.
 */
export function useCommentAnchor({ anchor, about, openWhenUnresolved = false, aboutShown = false }: Options): {
  button: ReactNode;
  thread: ReactNode;
} {
  const styles = useCommentAnchorStyles();
  const { state, canComment } = useDocumentComments();
  const threadId = useId();
  const [toggled, setToggled] = useState<boolean | null>(null);
  const comments = state.status === 'ready' ? state.comments.filter((c) => c.anchor === anchor) : [];
  const unresolved = comments.filter((c) => !c.parentId && !c.resolved).length;
  const open = toggled ?? (openWhenUnresolved && unresolved > 0);

  if (!canComment && comments.length === 0) return { button: null, thread: null };

  const counted = comments.length === 0 ? 'Kommentera' : `${comments.length} ${comments.length === 1 ? 'kommentar' : 'kommentarer'}`;
  const subject = !aboutShown ? '' : comments.length === 0 ? ` ${about}` : ` om ${about}`;
  const count = counted + subject;
  const unresolvedText = `${unresolved} ohanterad${unresolved === 1 ? '' : 'e'}`;
  const button = (
    <Button
      className={styles.button}
      size="small"
      appearance={unresolved > 0 ? 'outline' : 'subtle'}
      aria-expanded={open}
      aria-controls={open ? threadId : undefined}
      onClick={() => setToggled(!open)}
      data-testid="comment-button"
    >
      {count}
      {unresolved > 0 && ', '}
      {unresolved > 0 && <span className={styles.unresolved}>{unresolvedText}</span>}
      {/* The name says what the comments are about; the header beside it shows it to sighted people. */}
      {!aboutShown && <span className={styles.hidden}> – {about}</span>}
    </Button>
  );
  const thread = open ? (
    <div id={threadId} className={styles.thread}>
      <Suspense fallback={null}>
        <CommentThread anchor={anchor} about={about} />
      </Suspense>
    </div>
  ) : null;
  return { button, thread };
}

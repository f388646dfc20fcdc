import { Checkbox, Field, Spinner, Textarea } from '@fluentui/react-components';
import { BusyButton } from '../../components/BusyButton/BusyButton';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { DocumentComment } from '../../../api/types';
import { useDocumentComments } from '../document-comments';
import { dateTime } from '../../../lib/dates';
import { COMMENT_ROLE_LABELS } from '../../../lib/labels';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { useCommentThreadStyles } from './CommentThread.styles';

function CommentForm({
  label,
  submitLabel,
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  onSubmit(body: string): Promise<ApiError | null>;
}) {
  const styles = useCommentThreadStyles();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    const failure = await onSubmit(body.trim());
    setBusy(false);
    setError(failure);
    if (!failure) setBody('');
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <Field label={label}>
        <Textarea value={body} rows={2} resize="vertical" maxLength={4000} onChange={(_, d) => setBody(d.value)} />
      </Field>
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <div>
        <BusyButton busy={busy} type="submit" size="small" appearance="primary" disabled={!body.trim()}>
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}

function Comment({ comment }: { comment: DocumentComment }) {
  const styles = useCommentThreadStyles();
  return (
    <div className={styles.comment}>
      <div className={styles.meta}>
        <span className={styles.author}>{comment.authorName}</span>
        <span>{COMMENT_ROLE_LABELS[comment.authorRole]}</span>
        <time dateTime={comment.createdAt}>{dateTime(comment.createdAt)}</time>
      </div>
      <p className={styles.body}>{comment.body}</p>
    </div>
  );
}

/** The threads on one part of a document: comments, answers, and whether each is dealt with. */
export default function CommentThread({ anchor, about }: { anchor: string; about: string }) {
  const styles = useCommentThreadStyles();
  const { state, canComment, add, resolve } = useDocumentComments();
  const [error, setError] = useState<ApiError | null>(null);

  if (state.status === 'loading') return <Spinner size="tiny" label="Hämtar kommentarer…" />;
  if (state.status === 'error') return <ErrorBar error={state.error} />;
  const here = state.comments.filter((c) => c.anchor === anchor);
  const threads = here.filter((c) => !c.parentId);

  return (
    <div className={styles.root} role="region" aria-label={`Kommentarer – ${about}`}>
      {threads.length === 0 && <p className={styles.empty}>Inga kommentarer ännu.</p>}
      {threads.map((t) => (
        <article key={t.id} className={styles.thread} aria-label={`Kommentar från ${t.authorName}`} data-resolved={t.resolved}>
          <Comment comment={t} />
          {here
            .filter((c) => c.parentId === t.id)
            .map((r) => (
              <div key={r.id} className={styles.reply}>
                <Comment comment={r} />
              </div>
            ))}
          {canComment ? (
            <>
              <Checkbox label="Hanterad" checked={t.resolved} onChange={(_, d) => void resolve(t.id, d.checked === true).then(setError)} />
              {!t.resolved && (
                <CommentForm
                  label={`Svara ${t.authorName}`}
                  submitLabel="Svara"
                  onSubmit={(body) => add({ anchor, body, parentId: t.id })}
                />
              )}
            </>
          ) : (
            t.resolved && <span className={styles.resolved}>Hanterad</span>
          )}
        </article>
      ))}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {canComment ? (
        <CommentForm label="Ny kommentar" submitLabel="Kommentera" onSubmit={(body) => add({ anchor, body })} />
      ) : (
        <p className={styles.empty}>Kommentarer skrivs av huvudmannanivån och besvaras av rektor.</p>
      )}
    </div>
  );
}

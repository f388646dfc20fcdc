import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import type { PublishedPage, PublishResult } from '../../../api/organiser-types';
import { usePublish } from '../use-intranet';
import { dateTime } from '../../../lib/dates';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { usePublishPanelStyles } from './PublishPanel.styles';

interface Props {
  /** "verksamhetsuppföljningen", "åtagandeplanen" */
  what: string;
  /** Only final documents are published; otherwise the panel says so. */
  final: boolean;
  /** Shown under the button (when the status is not known here, the server's answer decides). */
  note?: string;
  /** The page as it is published now, if it is. */
  current?: PublishedPage;
  publish(): Promise<PublishResult>;
  onPublished?(): void;
}

/** "Publicera på intranätet": a final document becomes a page; republishing updates the same page. */
export function PublishPanel({ what, final, note, current, publish, onPublished }: Props) {
  const styles = usePublishPanelStyles();
  const { busy, error, published, run, dismiss } = usePublish(async () => {
    const r = await publish();
    onPublished?.();
    return r;
  });
  const page = published ?? current;
  return (
    <div className={styles.root} data-testid="publish-panel">
      {page && (
        <MessageBar intent="success" layout="multiline" data-testid="published-link">
          <MessageBarBody>
            <MessageBarTitle>{published ? 'Publicerad på intranätet' : 'Finns på intranätet'}</MessageBarTitle>
            <a href={page.url} target="_blank" rel="noopener noreferrer" data-slug={page.slug} className={styles.link}>
              {page.title}
            </a>
            {!published && current ? ` (publicerad ${dateTime(current.publishedAt)})` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {final ? (
        <div>
          <BusyButton busy={busy} appearance={page ? 'secondary' : 'primary'} onClick={() => void run()}>
            {page ? 'Publicera igen' : 'Publicera på intranätet'}
          </BusyButton>
          {note && <p className={styles.note}>{note}</p>}
        </div>
      ) : (
        <p className={styles.note}>När {what} är fastställd kan den publiceras på intranätet. Inget i utkast publiceras.</p>
      )}
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
    </div>
  );
}

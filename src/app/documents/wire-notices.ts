import type { Settings } from '../config/settings';
import type { Directory } from '../directory/directory';
import type { MessageComposer } from '../outbox/message-composer';
import type { AppLinks } from '../outbox/messages';
import type { OutboxService } from '../outbox/outbox';
import type { ListStore } from '../ports/list-store';
import type { DocumentEventSink } from './document-events';
import { DocumentNotices } from './document-notices';
import type { VersionHistory } from './versions';

interface Deps {
  store: ListStore;
  directory: Directory;
  settings: Settings;
  versions: VersionHistory;
  outbox: OutboxService;
  links: AppLinks;
  composer: MessageComposer;
  log: { error(message: string, data?: Record<string, unknown>): void };
  /** The use cases that tell of their documents (plans, reports, annual follow-up, comments, publishing). */
  tellers: { onEvent: DocumentEventSink }[];
}

/**
 * Connects the document use cases to their notices. A notice that cannot be enqueued is logged:
 * the status change or comment it tells of has happened and stays done.
 */
export function wireDocumentNotices(d: Deps): DocumentNotices {
  const notices = new DocumentNotices(d.store, d.directory, d.settings, d.versions, d.outbox, d.links);
  d.composer.register('documentNotice', (item) => notices.compose(item));
  const sink: DocumentEventSink = (event) =>
    notices.told(event).then(
      () => undefined,
      (err) => d.log.error('document notice not enqueued', { err: String(err), kind: event.kind }),
    );
  for (const teller of d.tellers) teller.onEvent = sink;
  return notices;
}

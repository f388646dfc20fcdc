/**
 * One Teams message through the outbox when something happens to a person's document: returned
 * with a comment, commented by the organiser level, finalised, published — to the document's
 * principals (the annual follow-up's: the organisers who wrote it), and a principal's answer to
 * the organiser who commented. Never to the one who did it. Keyed by the event itself, so telling
 * it twice (a retry, a second instance) is one message; composed at send time from the store.
 */
import type { Composed } from '../outbox/message-composer';
import type { AppLinks, DocumentNoticeView } from '../outbox/messages';
import type { OutboxService } from '../outbox/outbox';
import type { NewOutboxItem, OutboxItem } from '../outbox/outbox-items';
import type { Directory } from '../directory/directory';
import type { Settings } from '../config/settings';
import { queryAll, type ListStore } from '../ports/list-store';
import { commentsFrom } from './comments';
import { docKeyOf, type DocumentRef } from './document-ref';
import type { DocumentEvent, DocumentEventKind } from './document-events';
import type { VersionHistory } from './versions';

interface NoticePayload {
  event: DocumentEventKind;
  ref: DocumentRef;
  actorId: string;
  actorName: string;
  commentId: string;
}

const EXCERPT = 280;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

const WHAT: Record<DocumentEventKind, { title: string; what: (by: string) => string; tone: DocumentNoticeView['tone'] }> = {
  returned: {
    title: 'har återsänts till utkast',
    what: (by) => `${by} återsände dokumentet till utkast med en kommentar. Svara på kommentaren och gör klart dokumentet igen.`,
    tone: 'attention',
  },
  commented: { title: 'har fått en kommentar', what: (by) => `${by} kommenterade dokumentet.`, tone: 'default' },
  answered: { title: 'har fått svar på din kommentar', what: (by) => `${by} svarade på din kommentar.`, tone: 'default' },
  finalised: { title: 'är fastställd', what: (by) => `${by} fastställde dokumentet.`, tone: 'good' },
  published: { title: 'är publicerad på intranätet', what: (by) => `${by} publicerade dokumentet på intranätet.`, tone: 'good' },
};

export class DocumentNotices {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly settings: Settings,
    private readonly versions: VersionHistory,
    private readonly outbox: OutboxService,
    private readonly links: AppLinks,
  ) {}

  /** Enqueues the event's notices; returns how many were new. */
  async told(event: DocumentEvent): Promise<number> {
    const recipients = (await this.recipients(event)).filter((id) => id && id !== event.actor.userId);
    const payload: NoticePayload = {
      event: event.kind,
      ref: event.ref,
      actorId: event.actor.userId,
      actorName: event.actor.displayName,
      commentId: event.commentId ?? '',
    };
    const items: NewOutboxItem[] = [...new Set(recipients)].map((personId) => ({
      key: `document:${docKeyOf(event.ref)}:${event.kind}:${event.eventKey}:${personId}`,
      personId,
      kind: 'documentNotice',
      payload: { ...payload },
      source: `document:${docKeyOf(event.ref)}`,
    }));
    return (await this.outbox.enqueue(items)).created;
  }

  private async recipients(event: DocumentEvent): Promise<string[]> {
    if (event.kind === 'answered') {
      const comments = commentsFrom(await queryAll(this.store, 'comments', { docKey: docKeyOf(event.ref) }));
      const answer = comments.find((c) => c.id === event.commentId);
      const parent = comments.find((c) => c.id === answer?.parentId);
      return parent?.authorRole === 'organiser' ? [parent.authorId] : [];
    }
    if (event.ref.kind === 'annual') return (await this.versions.list(event.ref)).map((v) => v.authorId);
    return this.directory.principalsOf(event.ref.unitId);
  }

  async compose(item: OutboxItem): Promise<Composed> {
    const { event, ref, actorName, commentId } = item.payload as unknown as NoticePayload;
    const config = await this.settings.processConfig();
    const label =
      ref.kind === 'plan' ? config.planLabel : ref.kind === 'report' ? config.reportDefinition.label : config.annualDefinition.label;
    const unitName = ref.kind === 'annual' ? 'Huvudmannen' : (await this.directory.unit(ref.unitId).catch(() => undefined))?.name;
    if (!unitName) return { skip: 'Enheten finns inte längre.' };
    let comment = '';
    if (commentId) {
      const found = commentsFrom(await queryAll(this.store, 'comments', { docKey: docKeyOf(ref) })).find((c) => c.id === commentId);
      if (!found) return { skip: 'Kommentaren finns inte längre.' };
      comment = excerpt(found.body);
    }
    const documentTitle = `${label} ${ref.schoolYear}`;
    const what = WHAT[event];
    const view: DocumentNoticeView = {
      title: `${documentTitle}${ref.kind === 'annual' ? '' : ` för ${unitName}`} ${what.title}`,
      what: what.what(actorName),
      byName: actorName,
      documentTitle,
      unitName,
      comment,
      link: { title: `Öppna ${label.toLowerCase()}en`, url: this.links.document(ref.kind, ref.unitId, ref.schoolYear) },
      tone: what.tone,
    };
    return { kind: 'documentNotice', view };
  }
}

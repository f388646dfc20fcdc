import { diffWords } from 'diff';
import { compareEntries, type DocumentEntry, type EntryChange } from '../../domain/document-entries';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { DocumentStatus } from '../../domain/plan';
import { docKeyOf, type DocumentRef } from './document-ref';
import type { Clock } from '../ports/clock';
import { queryAll, type ListStore } from '../ports/list-store';

export interface VersionMeta {
  id: string;
  savedAt: string;
  authorId: string;
  authorName: string;
  status: DocumentStatus;
  /** Set on milestones, e.g. "Klar för dialog", so "what changed since the last dialogue" can find them. */
  label: string;
}

export interface VersionSnapshot {
  meta: VersionMeta;
  document: unknown;
  entries: DocumentEntry[];
}

export type ChangeWithDiff = EntryChange & { words?: { text: string; change: 'added' | 'removed' | 'same' }[] };

/**
 * Every saved change of a document, kept with who and when. Listing reads only the small
 * metadata items; a version's content lives in its own item, read when someone opens it.
 */
export class VersionHistory {
  constructor(
    private readonly store: ListStore,
    private readonly clock: Clock,
  ) {}

  async record(
    ref: DocumentRef,
    actor: Actor,
    status: DocumentStatus,
    document: unknown,
    entries: DocumentEntry[],
    label = '',
  ): Promise<VersionMeta> {
    const savedAt = this.clock.now().toISOString();
    const item = await this.store.create('documentVersions', {
      docKey: docKeyOf(ref),
      savedAt,
      authorId: actor.userId,
      authorName: actor.displayName,
      status,
      label,
      modifiedById: actor.userId,
    });
    await this.store.create('versionSnapshots', {
      versionId: item.id,
      content: JSON.stringify({ document, entries }),
      modifiedById: actor.userId,
    });
    return { id: item.id, savedAt, authorId: actor.userId, authorName: actor.displayName, status, label };
  }

  /** Newest first. */
  async list(ref: DocumentRef): Promise<VersionMeta[]> {
    const items = await queryAll(this.store, 'documentVersions', { docKey: docKeyOf(ref) });
    return items
      .map((i) => ({
        id: i.id,
        savedAt: String(i.fields.savedAt),
        authorId: String(i.fields.authorId ?? ''),
        authorName: String(i.fields.authorName ?? ''),
        status: i.fields.status as DocumentStatus,
        label: String(i.fields.label ?? ''),
      }))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || Number(b.id) - Number(a.id));
  }

  async get(ref: DocumentRef, versionId: string): Promise<VersionSnapshot> {
    const meta = (await this.list(ref)).find((v) => v.id === versionId);
    if (!meta) throw notFound('Versionen');
    const [snapshot] = await queryAll(this.store, 'versionSnapshots', { versionId });
    if (!snapshot) throw notFound('Versionens innehåll');
    const { document, entries } = JSON.parse(String(snapshot.fields.content)) as { document: unknown; entries: DocumentEntry[] };
    return { meta, document, entries };
  }

  /**
   * What changed from a version to now. Without a version: since it was last marked ready for
   * dialogue, else since the first version.
   */
  async changesSince(
    ref: DocumentRef,
    current: DocumentEntry[],
    versionId?: string,
  ): Promise<{ since: VersionMeta | undefined; changes: ChangeWithDiff[] }> {
    const versions = await this.list(ref);
    // The last dialogue is the last time the document was marked ready for it; else its first version.
    const since = versionId
      ? versions.find((v) => v.id === versionId)
      : (versions.find((v) => v.status === 'readyForDialogue' && v.label !== '') ?? versions.at(-1));
    if (versionId && !since) throw notFound('Versionen');
    if (!since) return { since: undefined, changes: [] };
    const { entries } = await this.get(ref, since.id);
    const changes = compareEntries(entries, current).map((c): ChangeWithDiff =>
      c.kind === 'changed'
        ? {
            ...c,
            words: diffWords(c.before, c.after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' })),
          }
        : c,
    );
    return { since, changes };
  }
}

import { toApiError, type ApiError } from '../../api/api-error';
import type { ListEntry } from '../../api/types';

/** What a field holds: text, or a short list (the report's development needs). */
export type FieldValue = string | ListEntry[];

/** How a document's editable fields are read and written. */
export interface FieldAdapter<TDoc> {
  read(doc: TDoc, key: string): FieldValue;
  /** Writes fields on top of the version with this ETag and answers the new document. */
  write(etag: string, fields: { key: string; value: FieldValue }[]): Promise<TDoc>;
  /** Fields per request: the plan writes one entity per request, the report several. */
  batch?: number;
}

export type SaveStatus =
  | { kind: 'idle' }
  /** Typed; saved when typing pauses or the field loses focus. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: ApiError };

/** A field both people changed: what the other person saved and what this person wrote. */
export interface FieldConflict {
  key: string;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface SessionSnapshot<TDoc> {
  doc: TDoc;
  save: SaveStatus;
  conflicts: FieldConflict[];
  /** Fields written here and not yet saved. */
  unsaved: number;
}

/** How a merge is settled: keep mine, take theirs, or a text made of both. */
export type Resolution = 'mine' | 'theirs' | { value: FieldValue };

const EMPTY: ListEntry[] = [];
export const same = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  a === b || JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * One open document and the writes to it. Every write waits for the one before and is sent
 * with the latest ETag, so one document never has two writes in flight. Typed text is kept
 * as drafts (with the server value it started from) and saved a moment after typing stops.
 * When someone else saved first (409), the other person's document is adopted: drafts on
 * fields they did not touch are sent again; fields both changed become conflicts to merge.
 */
export class DocumentSession<TDoc extends { etag: string }> {
  private snapshot: SessionSnapshot<TDoc>;
  private readonly drafts = new Map<string, { value: FieldValue; base: FieldValue }>();
  private readonly conflicts = new Map<string, FieldConflict>();
  private readonly listeners = new Set<() => void>();
  private chain: Promise<unknown> = Promise.resolve();
  private queuedSave: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: TDoc,
    private readonly fields: FieldAdapter<TDoc>,
    private readonly options: { debounceMs?: number; now?: () => number } = {},
  ) {
    this.snapshot = { doc, save: { kind: 'idle' }, conflicts: [], unsaved: 0 };
  }

  // For React's useSyncExternalStore

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  get doc(): TDoc {
    return this.snapshot.doc;
  }

  /** What the field shows: this person's unsaved text, else the document's. */
  value(key: string): FieldValue {
    const draft = this.drafts.get(key);
    if (draft) return draft.value;
    return this.fields.read(this.snapshot.doc, key) ?? EMPTY;
  }

  conflict(key: string): FieldConflict | undefined {
    return this.conflicts.get(key);
  }

  get hasUnsaved(): boolean {
    return this.drafts.size > 0;
  }

  /** A field was typed in: kept as a draft and saved when typing pauses. */
  edit(key: string, value: FieldValue): void {
    if (this.conflicts.has(key)) return; // settled in the merge panel first
    const server = this.fields.read(this.snapshot.doc, key);
    const draft = this.drafts.get(key);
    if (!draft && same(value, server)) return;
    this.drafts.set(key, { value, base: draft ? draft.base : server });
    this.publish({ save: { kind: 'pending' } });
    this.schedule();
  }

  /** Saves every draft now (on blur, before a status change, when the page is left). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.queuedSave) this.queuedSave = this.enqueue(() => this.saveDrafts());
    return this.queuedSave;
  }

  /** Settles a conflict; anything but "theirs" is saved against the other person's version. */
  resolve(key: string, resolution: Resolution): Promise<void> {
    const conflict = this.conflicts.get(key);
    if (!conflict) return Promise.resolve();
    this.conflicts.delete(key);
    if (resolution === 'theirs') {
      this.drafts.delete(key);
      this.publish({});
      return Promise.resolve();
    }
    const value = resolution === 'mine' ? conflict.mine : resolution.value;
    this.drafts.set(key, { value, base: this.fields.read(this.snapshot.doc, key) });
    this.publish({ save: { kind: 'pending' } });
    return this.flush();
  }

  /**
   * A structural write (a form, a status change): queued behind the saves, sent with the
   * latest ETag. Resolves to null, or to the error to show where it happened; on a conflict
   * the other person's version is shown and what was typed in forms stays where it is.
   */
  write(op: (etag: string) => Promise<TDoc>): Promise<ApiError | null> {
    return this.enqueue(async () => {
      try {
        this.adoptOwn(await op(this.snapshot.doc.etag), []);
        this.publish({ save: { kind: 'saved', at: this.now() } });
        return null;
      } catch (e) {
        const error = toApiError(e);
        if (error.isConflict && error.current) this.adoptForeign(error.current as TDoc);
        return error;
      }
    });
  }

  /** A fresh copy from the server (after a reload): drafts are checked against it as after a conflict. */
  replace(doc: TDoc): void {
    this.adoptForeign(doc);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.drafts.size > this.conflicts.size) void this.flush();
  }

  private now() {
    return (this.options.now ?? Date.now)();
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.debounceMs ?? 1000);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.chain.then(job, job);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async saveDrafts(): Promise<void> {
    this.queuedSave = null; // what is typed from now on goes in the next save
    let conflictsInARow = 0;
    for (;;) {
      const doc = this.snapshot.doc;
      for (const [key, draft] of this.drafts) {
        if (!this.conflicts.has(key) && same(draft.value, this.fields.read(doc, key))) this.drafts.delete(key);
      }
      const batch = [...this.drafts]
        .filter(([key]) => !this.conflicts.has(key))
        .slice(0, this.fields.batch ?? 50)
        .map(([key, draft]) => ({ key, value: draft.value }));
      if (!batch.length) {
        if (this.snapshot.save.kind === 'saving' || this.snapshot.save.kind === 'pending')
          this.publish({ save: { kind: 'saved', at: this.now() } });
        else this.publish({});
        return;
      }
      this.publish({ save: { kind: 'saving' } });
      try {
        this.adoptOwn(await this.fields.write(doc.etag, batch), batch);
        this.publish({ save: { kind: 'saved', at: this.now() } });
        conflictsInARow = 0;
      } catch (e) {
        const error = toApiError(e);
        if (error.isConflict && error.current && conflictsInARow++ < 3) {
          this.adoptForeign(error.current as TDoc);
          continue; // what the other person did not touch goes again, with their ETag
        }
        this.publish({ save: { kind: 'error', error } });
        return;
      }
    }
  }

  /** Our own write's answer: what was sent is saved; text typed meanwhile stays a draft on top. */
  private adoptOwn(doc: TDoc, sent: { key: string; value: FieldValue }[]) {
    this.snapshot = { ...this.snapshot, doc };
    for (const { key, value } of sent) {
      const draft = this.drafts.get(key);
      if (!draft) continue;
      if (same(draft.value, this.fields.read(doc, key))) this.drafts.delete(key);
      else draft.base = value;
    }
    for (const [key, draft] of this.drafts) {
      if (!this.conflicts.has(key) && same(draft.value, this.fields.read(doc, key))) this.drafts.delete(key);
    }
    this.publish({});
  }

  /** Someone else's version: keep drafts they did not touch, merge the ones they did. */
  private adoptForeign(doc: TDoc) {
    this.snapshot = { ...this.snapshot, doc };
    for (const [key, draft] of this.drafts) {
      const theirs = this.fields.read(doc, key);
      const existing = this.conflicts.get(key);
      if (existing) {
        if (!same(existing.theirs, theirs)) this.conflicts.set(key, { ...existing, theirs });
      } else if (same(theirs, draft.value)) {
        this.drafts.delete(key);
      } else if (!same(theirs, draft.base)) {
        this.conflicts.set(key, { key, mine: draft.value, theirs });
      }
    }
    this.publish({});
  }

  private publish(change: Partial<SessionSnapshot<TDoc>>) {
    this.snapshot = {
      ...this.snapshot,
      ...change,
      conflicts: [...this.conflicts.values()],
      unsaved: this.drafts.size,
    };
    for (const l of this.listeners) l();
  }
}

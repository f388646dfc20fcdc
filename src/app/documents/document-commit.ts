/**
 * Atomic writes of a document whose parts are several list items (a plan's goal areas,
 * commitments, activities and follow-ups; a report's sections), on a store that has ETags per
 * item but no transactions across items (SharePoint lists; SQLite behind the same port).
 *
 * Design: claim the version, write the parts under it, commit; readers check a manifest.
 * - The document's header item holds a `manifest`: every part that belongs to the committed
 *   version, by list and id, with the `rev` (write token) it was last written under.
 * - A write claims the header with If-Match, storing its whole change set as `pending`
 *   (the claim is the decision point: whoever claims second gets the conflict). It then writes
 *   the parts, each stamped `rev = token` (creates keyed by token, updates and deletes with
 *   If-Match on the part's ETag, so a repeat or a late copy changes nothing), and commits: one
 *   If-Match update of the header with the new manifest and `pending` cleared — the new ETag.
 * - A reader accepts a read only when the header has no pending change and every manifest entry
 *   is present with its rev (parts outside the manifest are ignored). Otherwise it reads again;
 *   a change left pending (a writer that stopped, another instance) is finished by the reader
 *   from the stored change set, so a claimed write always lands whole and nothing waits forever.
 * So a reader never gets a new ETag over old content, nor old content under a new ETag, on
 * either store and across instances. A header without a manifest (written before this design)
 * is read as before, and gets a manifest with its first write.
 */
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { ListName } from '../store/list-schema';
import { ConflictError, type Fields, type FieldValue, type ListItem, type ListStore, type ManyRequest } from '../ports/list-store';

/** A change to a part. A create may name itself (`as`) so later creates refer to its id as `$ref:<name>`. */
export type PartChange =
  | { op: 'create'; list: ListName; fields: Fields; as?: string }
  | { op: 'update'; list: ListName; id: string; fields: Fields }
  | { op: 'delete'; list: ListName; id: string };

/** A document to read: its header and the lists of its parts. */
export interface DocumentQuery {
  header: ManyRequest;
  parts: ManyRequest[];
}

type Manifest = Record<string, string>;
interface Pending {
  token: string;
  changes: PartChange[];
  /** Header fields the commit sets (e.g. a new status). */
  header: Fields;
  actor: { userId: string; displayName: string };
  base: Manifest;
}

const partKey = (list: string, id: string) => `${list}:${id}`;
const REF = '$ref:';
const ATTEMPTS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class DocumentBusyError extends DomainError {
  constructor() {
    super('DOCUMENT_BUSY', 'Dokumentet sparas just nu av någon annan. Försök igen om en stund.');
  }
}

export class DocumentCommits {
  constructor(private readonly store: ListStore) {}

  /** Header fields for a new document whose parts are written by `finishStart`. */
  startFields(changes: PartChange[], actor: Actor): Fields {
    const pending: Pending = { token: globalThis.crypto.randomUUID(), changes, header: {}, actor: who(actor), base: {} };
    return { manifest: JSON.stringify({}), pending: JSON.stringify(pending) };
  }

  /** Writes the parts of a document created with startFields (by this caller or, if it raced, another). */
  async finishStart(headerList: ListName, header: ListItem): Promise<void> {
    if (header.fields.pending) await this.apply(headerList, header, new Map());
  }

  /**
   * Reads documents (each answer shaped [headers, ...parts], parts limited to the committed
   * version) and extra queries, in one round trip when nothing is being written.
   */
  async read(docs: DocumentQuery[], extras: ManyRequest[] = []): Promise<{ docs: ListItem[][][]; extras: ListItem[][] }> {
    const requests = [...docs.flatMap((d) => [d.header, ...d.parts]), ...extras];
    for (let attempt = 0; ; attempt++) {
      const answers = await this.store.queryMany(requests);
      let offset = 0;
      let consistent = true;
      const out: ListItem[][][] = [];
      for (const d of docs) {
        const group = answers.slice(offset, offset + 1 + d.parts.length);
        offset += 1 + d.parts.length;
        const [headers, ...parts] = group;
        const header = headers[0];
        if (!header) {
          out.push(group);
          continue;
        }
        if (header.fields.pending) {
          consistent = false;
          // A writer usually finishes within a few store calls; after that, finish it here.
          if (attempt >= 2) await this.apply(d.header.list as ListName, header, indexOf(d.parts, parts));
          continue;
        }
        const manifest = parseManifest(header.fields.manifest);
        if (!manifest) {
          out.push(group);
          continue;
        }
        const filtered = parts.map((items, i) => items.filter((item) => partKey(d.parts[i].list, item.id) in manifest));
        const found = filtered.flat().length;
        const matches = filtered.every((items, i) => items.every((item) => manifest[partKey(d.parts[i].list, item.id)] === rev(item)));
        if (!matches || found !== Object.keys(manifest).length) {
          consistent = false;
          continue;
        }
        out.push([headers, ...filtered]);
      }
      if (consistent) return { docs: out, extras: answers.slice(offset) };
      if (attempt >= ATTEMPTS) throw new DocumentBusyError();
      await sleep(2 + Math.random() * Math.min(40, 4 * attempt));
    }
  }

  /**
   * One write of a document, read consistently as `[headers, ...parts]` (parts from the
   * DocumentQuery's lists). Throws ConflictError when the header's ETag moved on.
   * Resolves with the document after the write, shaped like the read, and whether its ETag is known.
   */
  async write(
    headerList: ListName,
    current: ListItem[][],
    partLists: ListName[],
    changes: PartChange[],
    headerFields: Fields,
    actor: Actor,
  ): Promise<{ after: ListItem[][]; header?: ListItem }> {
    const [[header], ...parts] = current;
    if (changes.length === 0) {
      // Only the header changes: one If-Match update is already atomic.
      const updated = await this.store.update(
        headerList,
        header.id,
        { ...headerFields, modifiedById: actor.userId },
        { ifMatch: header.etag },
      );
      return { after: [[updated], ...parts], header: updated };
    }
    const base =
      parseManifest(header.fields.manifest) ??
      Object.fromEntries(parts.flatMap((items, i) => items.map((item) => [partKey(partLists[i], item.id), rev(item)])));
    const pending: Pending = { token: globalThis.crypto.randomUUID(), changes, header: headerFields, actor: who(actor), base };
    const claimed = await this.store.update(
      headerList,
      header.id,
      { pending: JSON.stringify(pending), modifiedById: actor.userId },
      { ifMatch: header.etag },
    );
    const index = new Map<string, ListItem>();
    parts.forEach((items, i) => items.forEach((item) => index.set(partKey(partLists[i], item.id), item)));
    const { written, committed } = await this.apply(headerList, claimed, index);
    // The document after this write, exactly (a later write may already be on top of it).
    const after = parts.map((items, i) => {
      const list = partLists[i];
      const kept = items
        .filter((item) => !changes.some((c) => c.op === 'delete' && c.list === list && c.id === item.id))
        .map((item) => written.get(partKey(list, item.id)) ?? item);
      const created = [...written.entries()]
        .filter(([k]) => k.startsWith(`${list}:`) && !items.some((item) => partKey(list, item.id) === k))
        .map(([, item]) => item);
      return [...kept, ...created];
    });
    const headerAfter = committed ?? { ...claimed, fields: { ...claimed.fields, ...headerFields, pending: null } };
    return { after: [[headerAfter], ...after], header: committed };
  }

  private async stillClaimed(headerList: ListName, header: ListItem): Promise<boolean> {
    return (await this.store.get(headerList, header.id))?.etag === header.etag;
  }

  /** Writes a claimed change set and commits it. Repeatable: any number of callers may finish the same claim. */
  private async apply(
    headerList: ListName,
    header: ListItem,
    index: Map<string, ListItem>,
  ): Promise<{ written: Map<string, ListItem>; committed?: ListItem }> {
    const pending = JSON.parse(String(header.fields.pending)) as Pending;
    const manifest: Manifest = { ...pending.base };
    const refs = new Map<string, string>();
    const written = new Map<string, ListItem>();
    for (const [i, change] of pending.changes.entries()) {
      const key = change.op === 'create' ? '' : partKey(change.list, change.id);
      if (change.op === 'create') {
        const fields = resolve(change.fields, refs);
        const item = await this.store.create(
          change.list,
          { ...fields, rev: pending.token, modifiedById: pending.actor.userId },
          { key: `${pending.token}:${i}` },
        );
        if (change.as) refs.set(change.as, item.id);
        manifest[partKey(change.list, item.id)] = pending.token;
        written.set(partKey(change.list, item.id), item);
      } else if (change.op === 'update') {
        manifest[key] = pending.token;
        let seen = index.get(key);
        const fields = { ...change.fields, rev: pending.token, modifiedById: pending.actor.userId };
        written.set(key, { ...(seen ?? { id: change.id, etag: '', created: '', modified: '' }), fields: { ...seen?.fields, ...fields } });
        while (!seen || rev(seen) !== pending.token) {
          try {
            written.set(key, await this.store.update(change.list, change.id, fields, seen ? { ifMatch: seen.etag } : {}));
            break;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
            // Someone else wrote the part: another caller finishing this claim (then go on with its
            // ETag), or this claim is committed already (then a late copy must not write again).
            if (!(await this.stillClaimed(headerList, header))) return { written };
            seen = await this.store.get(change.list, change.id);
            if (!seen) break;
          }
        }
      } else {
        delete manifest[key];
        // No If-Match: nobody writes a part this claim deletes, and deleting twice is done.
        await this.store.delete(change.list, change.id);
      }
    }
    try {
      const committed = await this.store.update(
        headerList,
        header.id,
        { ...pending.header, manifest: JSON.stringify(manifest), pending: null, modifiedById: pending.actor.userId },
        { ifMatch: header.etag },
      );
      return { written, committed };
    } catch (e) {
      // Someone else finished the same claim first.
      if (e instanceof ConflictError) return { written };
      throw e;
    }
  }
}

const who = (actor: Actor) => ({ userId: actor.userId, displayName: actor.displayName });
const rev = (item: ListItem) => String(item.fields.rev ?? '');

function parseManifest(value: FieldValue | undefined): Manifest | undefined {
  return typeof value === 'string' && value ? (JSON.parse(value) as Manifest) : undefined;
}

function indexOf(requests: ManyRequest[], parts: ListItem[][]): Map<string, ListItem> {
  const index = new Map<string, ListItem>();
  parts.forEach((items, i) => items.forEach((item) => index.set(partKey(requests[i].list, item.id), item)));
  return index;
}

function resolve(fields: Fields, refs: Map<string, string>): Fields {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' && v.startsWith(REF) ? (refs.get(v.slice(REF.length)) ?? v) : v]),
  );
}

/**
 * A document's committed parts from a read made outside `read` (one query per list for many
 * documents at once): the parts the header's manifest names, or undefined when the header is
 * pending or a manifest entry of the lists read is missing or has another rev (the caller then
 * reads that document with `read`). Manifest entries of lists not read are not checked.
 */
export function committedParts(header: ListItem, lists: readonly string[], parts: ListItem[][]): ListItem[][] | undefined {
  if (header.fields.pending) return undefined;
  const manifest = parseManifest(header.fields.manifest);
  if (!manifest) return parts;
  const filtered = parts.map((items, i) => items.filter((item) => manifest[partKey(lists[i], item.id)] === rev(item)));
  const expected = Object.keys(manifest).filter((key) => lists.some((list) => key.startsWith(`${list}:`))).length;
  return filtered.flat().length === expected ? filtered : undefined;
}

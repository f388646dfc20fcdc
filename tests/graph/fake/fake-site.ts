/**
 * The state of one fake SharePoint site and the semantics of its lists, columns and items, as
 * Graph shows them: internal column names, fields left out when unset, "" stored as unset,
 * dateTimes to the second, ETags "guid,version", 412 on a stale If-Match, refusal of
 * filters on columns that are not indexed, hidden columns shown only when asked for, and the
 * list view threshold. The rules and their sources: tests/graph/README.md.
 */
import { randomUUID } from 'node:crypto';
import { parseFilter, type Literal } from './odata';
import { FakePages } from './fake-pages';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const graphError = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});

type FakeType = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'other';
interface FakeColumn {
  id: string;
  name: string;
  displayName: string;
  type: FakeType;
  indexed: boolean;
  hidden: boolean;
  builtIn: boolean;
}
interface FakeItem {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  values: Record<string, unknown>;
}

const MAX_INDEXES = 20;
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const builtIn = (name: string, type: FakeType): FakeColumn => ({
  id: randomUUID(),
  name,
  displayName: name,
  type,
  indexed: false,
  hidden: false,
  builtIn: true,
});

export class FakeList {
  readonly id = randomUUID();
  readonly created = now();
  readonly columns: FakeColumn[] = [
    builtIn('Title', 'text'),
    builtIn('ContentType', 'other'),
    builtIn('Modified', 'dateTime'),
    builtIn('Created', 'dateTime'),
    builtIn('Author', 'other'),
    builtIn('Editor', 'other'),
    builtIn('Attachments', 'boolean'),
    builtIn('ID', 'other'),
  ];
  readonly items = new Map<number, FakeItem>();
  private nextId = 1;

  constructor(
    readonly displayName: string,
    /** SharePoint's list view threshold (5,000 online, not adjustable); smaller in tests. */
    private readonly threshold: () => number = () => 5000,
  ) {}

  json() {
    return {
      id: this.id,
      name: this.displayName.replace(/[^A-Za-z0-9]/g, ''),
      displayName: this.displayName,
      createdDateTime: this.created,
      list: { template: 'genericList', hidden: false },
    };
  }

  /**
   * Columns as `GET …/columns` lists them. Hidden columns only when `$select` names `hidden`
   * (columnDefinition resource docs: "By default, columnDefinitions … for hidden columns aren't
   * shown"); with `$select`, only the selected properties.
   */
  columnsJson(select: string[] | undefined) {
    const shown = this.columns.filter((c) => !c.hidden || select?.includes('hidden'));
    return shown.map((c) => {
      const json = this.columnJson(c) as Record<string, unknown>;
      return select ? Object.fromEntries(Object.entries(json).filter(([k]) => select.includes(k))) : json;
    });
  }

  column(name: string): FakeColumn | undefined {
    return this.columns.find((c) => c.name === name);
  }

  columnJson(c: FakeColumn) {
    const facet =
      c.type === 'text'
        ? { text: { allowMultipleLines: false, maxLength: 255 } }
        : c.type === 'note'
          ? { text: { allowMultipleLines: true, textType: 'plain' } }
          : c.type === 'other'
            ? { calculated: {} }
            : { [c.type]: {} };
    return {
      id: c.id,
      name: c.name,
      displayName: c.displayName,
      indexed: c.indexed,
      hidden: c.hidden,
      columnGroup: c.builtIn ? 'Core Columns' : 'Custom Columns',
      ...facet,
    };
  }

  addColumn(body: Record<string, unknown>): Answer {
    const name = String(body.name ?? '');
    if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(name)) return graphError(400, 'invalidRequest', `Invalid column name "${name}"`);
    if (this.columns.some((c) => c.name.toLowerCase() === name.toLowerCase()))
      return graphError(400, 'invalidRequest', `A duplicate field name "${name}" was found.`);
    const text = body.text as { allowMultipleLines?: boolean } | undefined;
    const type: FakeType | undefined = text
      ? text.allowMultipleLines
        ? 'note'
        : 'text'
      : (['number', 'boolean', 'dateTime'] as const).find((t) => body[t]);
    if (!type) return graphError(400, 'invalidRequest', 'A column needs exactly one type facet');
    if (body.indexed && this.indexCount() >= MAX_INDEXES)
      return graphError(400, 'invalidRequest', 'The list has reached its limit of 20 indexed columns.');
    const column: FakeColumn = {
      id: randomUUID(),
      name,
      displayName: String(body.displayName ?? name),
      type,
      indexed: !!body.indexed,
      hidden: !!body.hidden,
      builtIn: false,
    };
    this.columns.push(column);
    return { status: 201, body: this.columnJson(column) };
  }

  patchColumn(id: string, body: Record<string, unknown>): Answer {
    const column = this.columns.find((c) => c.id === id);
    if (!column) return graphError(404, 'itemNotFound', 'The column does not exist.');
    if (body.indexed === true && !column.indexed && this.indexCount() >= MAX_INDEXES)
      return graphError(400, 'invalidRequest', 'The list has reached its limit of 20 indexed columns.');
    if (typeof body.indexed === 'boolean') column.indexed = body.indexed;
    if (typeof body.hidden === 'boolean') column.hidden = body.hidden;
    return { status: 200, body: this.columnJson(column) };
  }

  private indexCount() {
    return this.columns.filter((c) => c.indexed).length;
  }

  /** Items matching the filter, in id order, after `afterId` (at most `limit`). Throws an Answer when refused. */
  query(filter: string | null, afterId: number, limit = Infinity): FakeItem[] {
    const clauses = filter ? parseFilter(filter) : [];
    for (const { field } of clauses) {
      const column = this.column(field);
      if (!column) throw graphError(400, 'invalidRequest', `Field '${field}' is not recognized`);
      if (!column.indexed) {
        throw graphError(
          400,
          'invalidRequest',
          `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on lists with over 5000 items.`,
        );
      }
    }
    if (clauses.length > 0 && this.items.size > this.threshold()) {
      // Past the threshold, "the service can only filter one indexed field at a time" (listItem
      // list docs), and that one field must narrow the scan below the threshold; SharePoint's
      // refusal (sp-dev-docs #6826, pnpjs #3149; through Graph also seen as 429, msgraph-sdk-dotnet #827).
      const first = clauses[0];
      const narrowed = [...this.items.values()].filter((item) =>
        matches(this.column(first.field)!, item.values[first.field], first.value),
      ).length;
      if (clauses.length > 1 || narrowed > this.threshold()) throw LIST_VIEW_THRESHOLD();
    }
    // Items are kept in id order (ids only grow), so a page stops once it has `limit` (bench/year's
    // 5,000-item lists are paged without copying and sorting the whole list for every page).
    const checks = clauses.map((c) => ({ column: this.column(c.field)!, field: c.field, value: c.value }));
    const found: FakeItem[] = [];
    for (const item of this.items.values()) {
      if (item.id <= afterId || !checks.every((c) => matches(c.column, item.values[c.field], c.value))) continue;
      found.push(item);
      if (found.length >= limit) break;
    }
    return found;
  }

  create(fields: Record<string, unknown>): Answer {
    const values: Record<string, unknown> = {};
    const invalid = this.write(values, fields);
    if (invalid) return invalid;
    const at = now();
    const item: FakeItem = { id: this.nextId++, guid: randomUUID(), version: 1, created: at, modified: at, values };
    this.items.set(item.id, item);
    return { status: 201, body: this.itemJson(item, undefined) };
  }

  patchFields(id: number, fields: Record<string, unknown>, ifMatch: string | undefined): Answer {
    const item = this.items.get(id);
    if (!item) return graphError(404, 'itemNotFound', 'The resource could not be found.');
    if (ifMatch && ifMatch !== '*' && ifMatch !== etag(item)) return graphError(412, 'preconditionFailed', 'ETag mismatch.');
    const values = { ...item.values };
    const invalid = this.write(values, fields);
    if (invalid) return invalid;
    Object.assign(item, { values, version: item.version + 1, modified: now() });
    return { status: 200, body: this.fieldsJson(item, undefined) };
  }

  remove(id: number, ifMatch: string | undefined): Answer {
    const item = this.items.get(id);
    if (!item) return graphError(404, 'itemNotFound', 'The resource could not be found.');
    if (ifMatch && ifMatch !== '*' && ifMatch !== etag(item)) return graphError(412, 'preconditionFailed', 'ETag mismatch.');
    this.items.delete(id);
    return { status: 204 };
  }

  private write(values: Record<string, unknown>, fields: Record<string, unknown>): Answer | undefined {
    for (const [name, value] of Object.entries(fields)) {
      const column = this.column(name);
      if (!column || (column.builtIn && name !== 'Title')) return graphError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (value === null || value === '') {
        delete values[name];
        continue;
      }
      const ok =
        column.type === 'number'
          ? typeof value === 'number'
          : column.type === 'boolean'
            ? typeof value === 'boolean'
            : column.type === 'dateTime'
              ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
              : typeof value === 'string' && (column.type === 'note' || value.length <= 255);
      if (!ok) return graphError(400, 'invalidRequest', `The value of field '${name}' is not valid for a ${column.type} column.`);
      values[name] = column.type === 'dateTime' ? new Date(value as string).toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
    }
    return undefined;
  }

  itemJson(item: FakeItem, select: string[] | undefined | null, shape = this.itemShape()) {
    return {
      '@odata.etag': etag(item),
      createdDateTime: item.created,
      eTag: etag(item),
      id: String(item.id),
      lastModifiedDateTime: item.modified,
      webUrl: `${shape.webUrl}${item.id}`,
      createdBy: { user: { displayName: 'SKA i Teams' } },
      lastModifiedBy: { user: { displayName: 'SKA i Teams' } },
      parentReference: { id: this.id },
      contentType: { id: '0x0100', name: 'Item' },
      ...(select === null ? {} : { fields: this.fieldsJson(item, select, shape.hidden) }),
    };
  }

  /** What every item of a page shares: the list's item URL and its hidden columns (looked up once a page, not once an item). */
  itemShape() {
    return {
      webUrl: `https://contoso.sharepoint.com/sites/ska/Lists/${this.json().name}/DispForm.aspx?ID=`,
      hidden: new Set(this.columns.filter((c) => c.hidden).map((c) => c.name)),
    };
  }

  /** A fieldValueSet: custom values plus SharePoint's own fields, or only `$select`ed ones. */
  fieldsJson(item: FakeItem, select: string[] | undefined, hidden = this.itemShape().hidden) {
    const all: Record<string, unknown> = {
      '@odata.etag': etag(item),
      ...item.values,
      id: String(item.id),
      ContentType: 'Item',
      Modified: item.modified,
      Created: item.created,
      AuthorLookupId: '11',
      EditorLookupId: '11',
      _UIVersionString: `${item.version}.0`,
      Attachments: false,
      Edit: '',
      LinkTitleNoMenu: item.values.Title ?? '',
      ItemChildCount: '0',
      FolderChildCount: '0',
    };
    // Hidden columns' values only when selected by name (columnDefinition docs; msgraph-beta-sdk-dotnet #433).
    const shown: Record<string, unknown> = {};
    for (const k in all) if (select ? k === '@odata.etag' || select.includes(k) : !hidden.has(k)) shown[k] = all[k];
    return shown;
  }
}

export class FakeSite {
  readonly lists = new Map<string, FakeList>();
  readonly pages = new FakePages('https://contoso.sharepoint.com/sites/ska');
  constructor(
    readonly id: string,
    private readonly threshold: () => number = () => 5000,
  ) {}

  json() {
    return { id: this.id, displayName: 'SKA', name: 'ska', webUrl: 'https://contoso.sharepoint.com/sites/ska' };
  }

  list(idOrTitle: string): FakeList | undefined {
    return this.lists.get(idOrTitle) ?? [...this.lists.values()].find((l) => l.displayName === idOrTitle);
  }

  listByTitle(title: string): FakeList | undefined {
    return [...this.lists.values()].find((l) => l.displayName === title);
  }

  createList(body: Record<string, unknown>): Answer {
    const displayName = body.displayName;
    if (body.name !== undefined)
      return graphError(
        400,
        'invalidRequest',
        "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
      );
    if (typeof displayName !== 'string' || !displayName) return graphError(400, 'invalidRequest', 'displayName is required');
    if ((body.list as { template?: string } | undefined)?.template !== 'genericList')
      return graphError(400, 'invalidRequest', 'Only the genericList template is faked');
    if (this.listByTitle(displayName))
      return graphError(
        409,
        'nameAlreadyExists',
        `A list, survey, discussion board, or document library with the specified title '${displayName}' already exists in this Web site.`,
      );
    const list = new FakeList(displayName, this.threshold);
    for (const column of (body.columns as Record<string, unknown>[] | undefined) ?? []) {
      const answer = list.addColumn(column);
      if (answer.status >= 400) return answer;
    }
    this.lists.set(list.id, list);
    return { status: 201, body: list.json() };
  }
}

const LIST_VIEW_THRESHOLD = (): Answer =>
  graphError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );

export const etag = (item: FakeItem) => `"${item.guid},${item.version}"`;

function matches(column: FakeColumn, stored: unknown, value: Literal): boolean {
  if (stored === undefined || value === null) return false;
  switch (column.type) {
    case 'number':
      return stored === Number(value);
    case 'boolean':
      return stored === (value === 1);
    case 'dateTime':
      return typeof value === 'string' && Date.parse(String(stored)) === Date.parse(value);
    default:
      return stored === value;
  }
}

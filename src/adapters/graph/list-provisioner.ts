import type { ColumnDefinition } from '../../app/store/list-columns';
import type { ListSchema } from '../../app/store/list-schema';
import { SchemaError } from '../../app/ports/list-store';
import { readAll } from './batch-reader';
import { ColumnMap, displayName, KEY_COLUMN } from './column-names';
import type { GraphHttp } from './graph-http';

export interface ProvisioningChange {
  kind: 'list' | 'column' | 'index' | 'upgrade';
  /** The list's display name in SharePoint. */
  list: string;
  /** The column's internal name. */
  column?: string;
  /** For an upgrade step: what it did. */
  description?: string;
}

export interface ProvisioningReport {
  changes: ProvisioningChange[];
}

interface GraphList {
  id: string;
  displayName: string;
}

export interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
  text?: { allowMultipleLines?: boolean };
  number?: object;
  boolean?: object;
  dateTime?: object;
}

/** What the provisioner reads of a column; `hidden` must be named or hidden columns stay out. */
export const COLUMN_SELECT = 'id,name,hidden,indexed,text,number,boolean,dateTime';

/** SharePoint allows at most 20 indexed columns on a list. */
const MAX_INDEXES = 20;

const KEY_DEFINITION: ColumnDefinition = { type: 'text', indexed: true, title: 'SKA idempotensnyckel' };

/**
 * Creates what the schema names and the site lacks: lists (genericList), columns (text, note as
 * multi-line plain text, number, boolean, dateTime), the hidden idempotency-key column, and the
 * indexes of indexed columns. Idempotent: reads first (the lists, then every list's columns in
 * one $batch), writes only the difference, and reports each change.
 */
export async function provisionLists(
  http: GraphHttp,
  siteUrl: string,
  schema: ListSchema,
  sleep: (ms: number) => Promise<void>,
  onChange: (change: ProvisioningChange) => void,
): Promise<Map<string, string>> {
  const maps = Object.entries(schema).map(([name, def]) => new ColumnMap(name, def));
  for (const map of maps) {
    const indexes = Object.values(map.def.columns).filter((c) => c.indexed).length + 1;
    if (indexes > MAX_INDEXES) throw new SchemaError(`List "${map.list}" wants ${indexes} indexes; SharePoint allows ${MAX_INDEXES}`);
  }
  const [existing] = (await readAll(http, [{ url: `${siteUrl}/lists?$select=id,displayName`, kind: 'pages' }], sleep)) as GraphList[][];
  const idByTitle = new Map(existing.map((l) => [l.displayName, l.id]));
  for (const map of maps) {
    if (idByTitle.has(map.def.title)) continue;
    const created = await http.send<GraphList>('POST', `${siteUrl}/lists`, {
      body: { displayName: map.def.title, list: { template: 'genericList' } },
    });
    idByTitle.set(map.def.title, created!.id);
    onChange({ kind: 'list', list: map.def.title });
  }
  // Hidden columns (our key column) are listed only when $select names `hidden` (columnDefinition docs).
  const columnsOf = (await readAll(
    http,
    maps.map((m) => ({ url: `${siteUrl}/lists/${idByTitle.get(m.def.title)}/columns?$select=${COLUMN_SELECT}`, kind: 'pages' as const })),
    sleep,
  )) as GraphColumn[][];
  for (const [i, map] of maps.entries()) {
    const columnsUrl = `${siteUrl}/lists/${idByTitle.get(map.def.title)}/columns`;
    const wanted: [string, ColumnDefinition, boolean][] = [
      ...map.fields.map((f): [string, ColumnDefinition, boolean] => [map.internal(f), map.def.columns[f], false]),
      [KEY_COLUMN, KEY_DEFINITION, true],
    ];
    for (const [name, def, hidden] of wanted) {
      const found = columnsOf[i].find((c) => c.name.toLowerCase() === name.toLowerCase());
      let column = found;
      if (!found) {
        const body = {
          name,
          displayName: displayName(name === KEY_COLUMN ? name : map.fieldOf(name)!, def.title),
          indexed: !!def.indexed,
          hidden,
          ...typeFacet(def),
        };
        column = await http.send<GraphColumn>('POST', columnsUrl, { body });
        onChange({ kind: 'column', list: map.def.title, column: name });
      } else if (!sameType(found, def)) {
        throw new SchemaError(
          `Column "${name}" in SharePoint list "${map.def.title}" is not of type ${def.type}; change it by hand or rename the field`,
        );
      }
      if (def.indexed && !column?.indexed) {
        await http.send('PATCH', `${columnsUrl}/${column!.id}`, { body: { indexed: true }, repeatable: true });
        if (found) onChange({ kind: 'index', list: map.def.title, column: name });
      }
    }
  }
  return new Map(maps.map((m) => [m.list, idByTitle.get(m.def.title)!]));
}

function typeFacet(def: ColumnDefinition): Record<string, object> {
  switch (def.type) {
    case 'text':
      return { text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { number: {} };
    case 'boolean':
      return { boolean: {} };
    case 'dateTime':
      return { dateTime: { format: 'dateTime' } };
  }
}

export function sameType(column: GraphColumn, def: ColumnDefinition): boolean {
  switch (def.type) {
    case 'text':
      return !!column.text && !column.text.allowMultipleLines;
    case 'note':
      return !!column.text && !!column.text.allowMultipleLines;
    default:
      return !!column[def.type];
  }
}

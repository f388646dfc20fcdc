import type { ListDefinition } from '../../app/store/list-columns';
import { SchemaError } from '../../app/ports/list-store';

/**
 * Our field names ⇄ SharePoint internal column names. Every column we own gets the prefix
 * "ska" (owner → skaOwner), which keeps clear of SharePoint's own fields (Title, ID, Modified,
 * Created, Author, Editor, ContentType, Attachments, Order, …) and of case-insensitive clashes
 * such as our `title` and SharePoint's `Title`. Internal names must be alphanumeric, ≤ 32 chars.
 */
export const KEY_COLUMN = 'skaIdempotencyKey';
const VALID_INTERNAL_NAME = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

/** Display names SharePoint already uses on a generic list; ours must not repeat them. */
const TAKEN_DISPLAY_NAMES = new Set([
  'title',
  'id',
  'created',
  'modified',
  'created by',
  'modified by',
  'attachments',
  'content type',
  'version',
  'type',
  'edit',
  'item child count',
  'folder child count',
]);

export function internalName(field: string): string {
  const name = `ska${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  if (!VALID_INTERNAL_NAME.test(name)) {
    throw new SchemaError(`Column "${field}" cannot be a SharePoint column: "${name}" must be alphanumeric and at most 32 characters`);
  }
  return name;
}

export function displayName(field: string, title?: string): string {
  const name = title ?? field;
  return TAKEN_DISPLAY_NAMES.has(name.toLowerCase()) ? `${name} (SKA)` : name;
}

/** The name map of one list, checked once: no clashes, all names valid. */
export class ColumnMap {
  private readonly toInternal = new Map<string, string>();
  private readonly toField = new Map<string, string>();

  constructor(
    readonly list: string,
    readonly def: ListDefinition,
  ) {
    for (const field of Object.keys(def.columns)) {
      const name = internalName(field);
      if (name.toLowerCase() === KEY_COLUMN.toLowerCase() || [...this.toField.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new SchemaError(`Column "${field}" in list "${list}" clashes with another column as "${name}"`);
      }
      this.toInternal.set(field, name);
      this.toField.set(name, field);
    }
  }

  internal(field: string): string {
    const name = this.toInternal.get(field);
    if (!name) throw new SchemaError(`Unknown column "${field}" in list "${this.list}"`);
    return name;
  }

  fieldOf(internal: string): string | undefined {
    return this.toField.get(internal);
  }

  get fields(): string[] {
    return [...this.toInternal.keys()];
  }

  /** For `$expand=fields($select=…)`: only our columns travel. */
  get selectList(): string {
    return [...this.toInternal.values()].join(',');
  }
}

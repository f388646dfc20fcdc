/** The list schema's column kinds and the helpers its lists are written with (list-schema.ts). */
export type ColumnType = 'text' | 'note' | 'number' | 'boolean' | 'dateTime';

export interface ColumnDefinition {
  type: ColumnType;
  indexed?: boolean;
  /** Shown as the column's display name in SharePoint. */
  title?: string;
}

export interface ListDefinition {
  title: string;
  columns: Record<string, ColumnDefinition>;
}

export const text = (indexed = false): ColumnDefinition => ({ type: 'text', indexed });
export const note = (): ColumnDefinition => ({ type: 'note' });
export const number = (): ColumnDefinition => ({ type: 'number' });
export const dateTime = (indexed = false): ColumnDefinition => ({ type: 'dateTime', indexed });

/** Every item records who wrote it last: the app writes app-only, so SharePoint's own "Modified by" is the app. */
export const audited = (columns: Record<string, ColumnDefinition>) => ({ ...columns, modifiedById: text() });

/** A document's header: the committed parts and a claimed change (see app/document-commit.ts); parts carry `rev`. */
export const documentHeader = () => ({ manifest: note(), pending: note() });

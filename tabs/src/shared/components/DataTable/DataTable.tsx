import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useDataTableStyles } from './DataTable.styles';

export interface Column {
  label: ReactNode;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

interface Props {
  caption: string;
  /** The caption is read by screen readers only (a heading beside the table already says it). */
  captionHidden?: boolean;
  columns: Column[];
  rows: ReactNode[][];
  rowKeys?: string[];
  /** The first cell of each row names the row (th scope="row"). */
  rowHeaders?: boolean;
  empty?: string;
  testId?: string;
  /** Rows to mark (and the words that say why sit in the row itself). */
  marked?: boolean[];
  /**
   * A small table inside a card that always fits (a unit's documents, a key figure's years): no
   * scroll region of its own; `dense` narrows the cells and the type, so five columns fit 320 px.
   */
  inline?: 'plain' | 'dense';
}

/**
 * A plain, readable table: the fallback for every chart and the form of every generated section.
 * Wide tables scroll sideways inside their own region instead of widening the page.
 */
export function DataTable({
  caption,
  captionHidden,
  columns,
  rows,
  rowKeys,
  rowHeaders,
  empty = 'Inga rader.',
  testId,
  marked,
  inline,
}: Props) {
  const styles = useDataTableStyles();
  if (!rows.length) return <p className={styles.empty}>{empty}</p>;
  const dense = inline === 'dense';
  const table = (
    <table className={mergeClasses(styles.table, dense && styles.denseTable)} data-testid={testId}>
      <caption className={captionHidden ? styles.hiddenCaption : styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={mergeClasses(styles.th, c.numeric && styles.numeric, dense && styles.dense)}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKeys?.[r] ?? r} className={mergeClasses(!dense && styles.row, marked?.[r] && styles.marked)}>
            {row.map((cell, i) =>
              rowHeaders && i === 0 ? (
                <th key={i} scope="row" className={styles.rowHeader}>
                  {cell}
                </th>
              ) : (
                <td key={i} className={mergeClasses(styles.td, columns[i]?.numeric && styles.numeric, dense && styles.dense)}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (inline) return table;
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}

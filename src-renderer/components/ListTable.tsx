import type { ReactNode } from 'react';

/** A heading: its text ('' for the buttons' column), or its content with the class it needs (numbers align right). */
export type ListColumn = string | { label: ReactNode; className?: string };

interface Props<Row> {
  className: string;
  columns: readonly ListColumn[];
  /** The one line shown across the whole table while there are no rows. */
  empty: string;
  rows: readonly Row[];
  children(row: Row): ReactNode;
}

/** A list as the desk screens show it: one heading per column, and a "none" line instead of an empty body. */
export function ListTable<Row>({ className, columns, empty, rows, children }: Props<Row>) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((c, i) =>
            typeof c === 'string' ? (
              <th key={i}>{c || null}</th>
            ) : (
              <th key={i} className={c.className}>
                {c.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="empty">
              {empty}
            </td>
          </tr>
        ) : (
          rows.map(children)
        )}
      </tbody>
    </table>
  );
}

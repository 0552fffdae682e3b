import { useRef, type ReactNode } from 'react';
import { VirtualRows } from './VirtualRows';

/**
 * A heading: its text ('' for the buttons' column), or its content with the class it needs (numbers align right) and,
 * for a column headed by no text (a column of tick boxes), the name a screen reader says.
 */
export type ListColumn = string | { label: ReactNode; className?: string; ariaLabel?: string };

/**
 * From this many rows on, only the rows in view (and a margin) are in the page. Below it every row is, so a short
 * list behaves exactly as a plain table (find in page, tests looking rows up by text); a paged list crosses it after
 * a few "load more".
 */
export const VIRTUALISE_FROM = 200;

interface Props<Row> {
  className: string;
  columns: readonly ListColumn[];
  /** The one line shown across the whole table while there are no rows. */
  empty: string;
  rows: readonly Row[];
  /** One row's `<tr>` (or a few `<tr>` in a fragment, e.g. a row and its notes), with a key. */
  children(row: Row): ReactNode;
}

/**
 * A list as the desk screens show it: one heading per column, a "none" line instead of an empty body, inside a box of
 * bounded height whose heading stays in view, so the count and "load more" under it stay close at hand.
 */
export function ListTable<Row>({ className, columns, empty, rows, children }: Props<Row>) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div ref={box} className="list-scroll">
      <table className={className}>
        <thead>
          <tr>
            {columns.map((c, i) =>
              typeof c === 'string' ? (
                <th key={i}>{c || null}</th>
              ) : (
                <th key={i} className={c.className} aria-label={c.ariaLabel}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty}
              </td>
            </tr>
          </tbody>
        ) : rows.length < VIRTUALISE_FROM ? (
          <tbody>{rows.map(children)}</tbody>
        ) : (
          <VirtualRows box={box} rows={rows} span={columns.length}>
            {children}
          </VirtualRows>
        )}
      </table>
    </div>
  );
}

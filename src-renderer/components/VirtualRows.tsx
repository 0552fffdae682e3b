import { isValidElement, useCallback, useRef, type FocusEvent, type ReactNode, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

/** A one-line row of the desk's tables; rows with a second line are measured once drawn. */
const ROW_ESTIMATE = 44;
/** Rows drawn beyond each edge of the box: enough that a wheel flick or Page Down never shows a blank band. */
const OVERSCAN = 12;

interface Props<Row> {
  /** The scrolling box around the table. */
  box: RefObject<HTMLDivElement | null>;
  rows: readonly Row[];
  /** How many columns a spacer row spans. */
  span: number;
  children(row: Row): ReactNode;
}

/** Stands in for the rows not drawn, so the scroll bar has the whole list's height. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tbody aria-hidden="true" className="list-spacer">
      <tr>
        <td colSpan={span} style={{ height }} />
      </tr>
    </tbody>
  );
}

/**
 * The body of a long list: only the rows in and near view are drawn, each in its own `<tbody>` so that a row made of
 * several `<tr>` is measured as one; spacers above and below keep the table (and the columns) a table. The row
 * holding the keyboard focus stays drawn when scrolled away, so Tab carries on from it instead of from the page top.
 */
export function VirtualRows<Row>({ box, rows, span, children }: Props<Row>) {
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const shown = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === null || f >= range.count || shown.includes(f)) return shown;
    return [...shown, f].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableSectionElement>({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  const leave = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) focused.current = null;
  };

  const drawn: ReactNode[] = [];
  let cursor = 0;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > cursor) drawn.push(<Spacer key={cursor === 0 ? 'before' : `gap-${item.index}`} height={item.start - cursor} span={span} />);
    const row = children(rows[item.index]);
    drawn.push(
      <tbody
        key={isValidElement(row) && row.key !== null ? row.key : item.key}
        data-index={item.index}
        ref={virtualizer.measureElement}
        onFocus={() => (focused.current = item.index)}
        onBlur={leave}
      >
        {row}
      </tbody>,
    );
    cursor = item.end;
  }
  const rest = virtualizer.getTotalSize() - cursor;
  if (rest > 0) drawn.push(<Spacer key="after" height={rest} span={span} />);
  return <>{drawn}</>;
}

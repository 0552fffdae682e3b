import { useEffect, useRef } from 'react';

interface Props {
  label: string;
  /** How many of `total` are ticked: none, some (shown as the indeterminate dash) or all. */
  count: number;
  total: number;
  onChange(all: boolean): void;
}

/** The header checkbox of a table with ticks; `indeterminate` has no attribute, so it is set on the element. */
export function SelectAllBox({ label, count, total, onChange }: Props) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < total;
  }, [count, total]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label={label}
      disabled={total === 0}
      checked={total > 0 && count === total}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

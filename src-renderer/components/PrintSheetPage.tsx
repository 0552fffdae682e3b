import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { ErrorBanner } from './Field';

interface Props<K, T> {
  /** Which sheet the route asks for (an id, or null for a single sheet); a change loads again. */
  loadKey: K;
  /**
   * Fetches the sheet for a key. Kept from the first render, so it must depend on its argument only: the route's
   * values come in through `loadKey` and never go stale.
   */
  load(key: K): Promise<T>;
  /** Said instead of loading when the link itself cannot name a sheet (an id that is not one). */
  refusal?: string | null;
  printLabel: string;
  backLabel: string;
  /** Where "back" goes when the page was opened on its own and there is no history to return to. */
  backTo: string;
  /** The sheet's own class (its CSS carries the named @page size), test id and accessible name. */
  sheetClass: string;
  sheetTestId: string;
  sheetLabel(data: T): string;
  children(data: T): ReactNode;
}

/**
 * A printable sheet on its own page (notice, label): print and back above it, hidden on paper, the load error
 * likewise, and the sheet once it has loaded. Print is focused so Enter prints, and disabled until there is a sheet.
 */
export function PrintSheetPage<K, T>({ loadKey, load, refusal = null, printLabel, backLabel, backTo, sheetClass, sheetTestId, sheetLabel, children }: Props<K, T>) {
  const navigate = useNavigate();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loader = useRef(load);

  useEffect(() => {
    if (refusal) {
      setError(refusal);
      return;
    }
    loader.current(loadKey).then(setData, (err: unknown) => setError(errorMessage(err)));
  }, [loadKey, refusal]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate(backTo));

  return (
    <div className="page doc-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={data === null} onClick={() => window.print()}>
          {printLabel}
        </button>
        <button type="button" onClick={back}>
          {backLabel}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {data !== null ? (
        <article className={`doc-sheet ${sheetClass}`} aria-label={sheetLabel(data)} data-testid={sheetTestId}>
          {children(data)}
        </article>
      ) : null}
    </div>
  );
}

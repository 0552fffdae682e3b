import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Search-as-you-type that never shows an older answer after a newer question: every keystroke takes a new sequence
 * number at once (so an answer still in flight is dropped), the call waits for the debounce, and Enter runs it
 * immediately so barcode scanners (keyboard wedges ending with Enter) are not slowed down.
 */
export function useLatestSearch<Q, R>(fetcher: (query: Q) => Promise<R>) {
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [result, setResult] = useState<R | null>(null);
  /** The query `result` answers: while a newer one is in flight, what is shown is the older answer. */
  const [answered, setAnswered] = useState<Q | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    (query: Q, immediate = false) => {
      const mine = ++seq.current;
      clearTimeout(timer.current);
      const go = () => {
        setBusy(true);
        fetcher(query).then(
          (r) => {
            if (mine !== seq.current) return;
            setResult(r);
            setAnswered(query);
            setError(null);
            setBusy(false);
          },
          (err: unknown) => {
            if (mine !== seq.current) return;
            setError(errorMessage(err));
            setBusy(false);
          },
        );
      };
      if (immediate) go();
      else timer.current = setTimeout(go, SEARCH_DEBOUNCE_MS);
    },
    [fetcher],
  );

  /** For "load more": applies an answer only if no newer search started meanwhile. */
  const guard = useCallback(() => {
    const mine = seq.current;
    return (apply: () => void) => {
      if (mine === seq.current) apply();
    };
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { result, answered, setResult, error, busy, run, guard };
}

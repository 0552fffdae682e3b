import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, isAborted } from '../api/client';

export const SEARCH_DEBOUNCE_MS = 150;

/** The generation of a search: its sequence number and the signal that calls made for it carry. */
export interface SearchGuard {
  signal: AbortSignal;
  /** Runs `apply` only if no newer search started since the guard was taken. */
  apply(apply: () => void): void;
}

/**
 * Search-as-you-type that never shows an older answer after a newer question: every keystroke takes a new sequence
 * number and aborts the calls of the search before it at once (over HTTP the request is cancelled; over IPC, which
 * cannot cancel, its answer is dropped on arrival by the sequence number), the call waits for the debounce, and Enter
 * runs it immediately so barcode scanners (keyboard wedges ending with Enter) are not slowed down.
 */
export function useLatestSearch<Q, R>(fetcher: (query: Q, signal: AbortSignal) => Promise<R>) {
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const generation = useRef<AbortController | null>(null);
  const [result, setResult] = useState<R | null>(null);
  /** The query `result` answers: while a newer one is in flight, what is shown is the older answer. */
  const [answered, setAnswered] = useState<Q | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    (query: Q, immediate = false) => {
      const mine = ++seq.current;
      clearTimeout(timer.current);
      generation.current?.abort();
      const { signal } = (generation.current = new AbortController());
      const go = () => {
        setBusy(true);
        fetcher(query, signal).then(
          (r) => {
            if (mine !== seq.current) return;
            setResult(r);
            setAnswered(query);
            setError(null);
            setBusy(false);
          },
          (err: unknown) => {
            // A superseded call is no failure: the newer search reports for itself.
            if (mine !== seq.current || isAborted(err)) return;
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

  /** For "load more": its call carries the search's signal, and its answer is applied only to the same search. */
  const guard = useCallback((): SearchGuard => {
    const mine = seq.current;
    return {
      signal: (generation.current ??= new AbortController()).signal,
      apply: (apply) => {
        if (mine === seq.current) apply();
      },
    };
  }, []);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      generation.current?.abort();
    },
    [],
  );
  return { result, answered, setResult, error, busy, run, guard };
}

import { useCallback, useState } from 'react';
import { errorMessage, isAborted } from '../api/client';
import { useLatestSearch } from './useLatestSearch';

export interface Page<Row> {
  rows: Row[];
  nextBefore: number | null;
}

/** A page remembers the query it answers, so "more" continues that list and never splices in another one. */
type Answer<Q, Row> = Page<Row> & { query: Q };

/** One page of a list: `before` is absent for the first; `signal` is aborted once a newer search starts. */
export type PageFetcher<Q, Row> = (query: Q, before: number | undefined, signal: AbortSignal) => Promise<Page<Row>>;

/**
 * A list searched as you type and paged by id (keyset, newest first): `run` for a new query, `loadMore` appends
 * the next page of the list on screen, unless a newer search started meanwhile (which also aborts it).
 */
export function usePagedSearch<Q, Row>(fetchPage: PageFetcher<Q, Row>) {
  const first = useCallback(
    async (query: Q, signal: AbortSignal): Promise<Answer<Q, Row>> => ({ ...(await fetchPage(query, undefined, signal)), query }),
    [fetchPage],
  );
  const search = useLatestSearch<Q, Answer<Q, Row>>(first);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { result, guard, setResult } = search;

  const loadMore = useCallback(async () => {
    if (!result?.nextBefore) return;
    const { signal, apply } = guard();
    try {
      const next = await fetchPage(result.query, result.nextBefore, signal);
      apply(() => setResult({ rows: [...result.rows, ...next.rows], nextBefore: next.nextBefore, query: result.query }));
      setMoreError(null);
    } catch (err) {
      if (!isAborted(err)) setMoreError(errorMessage(err));
    }
  }, [fetchPage, result, guard, setResult]);

  return {
    rows: result?.rows ?? [],
    hasMore: Boolean(result?.nextBefore),
    error: search.error ?? moreError,
    busy: search.busy,
    run: search.run,
    loadMore,
  };
}

import { useEffect, useRef } from 'react';

interface PickerSearch<R> {
  answered: string | null;
  result: R[] | null;
  run(query: string, immediate?: boolean): void;
}

/**
 * Enter in a picker takes the first match of exactly what is typed: from the list on screen when that list answers
 * it, otherwise from its own answer when it arrives, so a fast typist or a scanner never waits for the debounce.
 * `takeFirst` gets the matches and picks the first that still counts (it may find none).
 */
export function usePickOnEnter<R>(search: PickerSearch<R>, takeFirst: (matches: readonly R[]) => void) {
  const pickWhenAnswered = useRef<string | null>(null);
  const { answered, result, run } = search;
  useEffect(() => {
    if (pickWhenAnswered.current === null || answered !== pickWhenAnswered.current) return;
    pickWhenAnswered.current = null;
    if (result) takeFirst(result);
  }, [answered, result, takeFirst]);

  return (q: string, shown: readonly R[]) => {
    // The list on screen may still answer fewer letters than typed: never pick from an older answer.
    if (answered === q && shown.length > 0) takeFirst(shown);
    else {
      pickWhenAnswered.current = q;
      run(q, true);
    }
  };
}

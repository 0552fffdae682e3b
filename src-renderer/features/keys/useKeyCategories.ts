import { useEffect, useState } from 'react';
import type { KeyCategoryRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';

/**
 * The desk's key categories (`keys.categories.list`, inactive ones included so that an old key still shows its
 * category's name), and a lookup of a code's name. `version` re-reads them after an edit.
 */
export function useKeyCategories(version = 0) {
  const [all, setAll] = useState<KeyCategoryRow[]>([]);
  useEffect(() => {
    let live = true;
    invoke('keys.categories.list', { includeInactive: true }).then(
      (rows) => {
        if (live) setAll(rows);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  const nameOf = (code: string): string => all.find((c) => c.code === code)?.name ?? code;
  return { all, active: all.filter((c) => c.active), nameOf };
}

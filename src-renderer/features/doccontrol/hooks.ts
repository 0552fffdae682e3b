import { useCallback, useEffect, useRef, useState } from 'react';
import type { DepartmentRow } from '../../../src-shared/modules/users';
import { errorMessage, invoke } from '../../api/client';
import type { Page } from '../../components/usePagedSearch';

/** Active departments for the scope / requester's department selects. */
export function useDepartments(): DepartmentRow[] {
  const [rows, setRows] = useState<DepartmentRow[]>([]);
  useEffect(() => {
    invoke('users.departments.list', {}).then((all) => setRows(all.filter((d) => d.active)), () => setRows([]));
  }, []);
  return rows;
}

/** Loads a list once and on `reload()`, keeping the last error. */
export function useLoad<T>(load: () => Promise<T>, initial: T): { data: T; error: string | null; reload(): void } {
  const [data, setData] = useState<T>(initial);
  const [error, setError] = useState<string | null>(null);
  // The loader is fixed for the page's life; a ref keeps `run` stable without listing it as a dependency.
  const loader = useRef(load);
  const run = useCallback(() => {
    loader.current().then(
      (d) => (setData(d), setError(null)),
      (err: unknown) => setError(errorMessage(err)),
    );
  }, []);
  useEffect(() => run(), [run]);
  return { data, error, reload: run };
}

/** The screens list the newest records only; the printed register for a period (RegisterLink) covers the rest. */
const FIRST_PAGE = { limit: 50 };

/** A register's newest rows: `load` is the form's list channel, called with the page size and again on `reload()`. */
export function useDcList<Row>(load: (page: typeof FIRST_PAGE) => Promise<Page<Row>>): { data: Page<Row>; error: string | null; reload(): void } {
  return useLoad(() => load(FIRST_PAGE), { rows: [], nextBefore: null });
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { OnSite } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';

export const ON_SITE_REFRESH_MS = 30_000;

/**
 * Who is in the building now, kept fresh: loaded at once, every 30 s (another desk may check people in or out) and
 * whenever `reload` is called after an action here. An older answer never replaces a newer one.
 */
export function useOnSite(enabled = true) {
  const [data, setData] = useState<OnSite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  const seq = useRef(0);

  const reload = useCallback(async (): Promise<OnSite | null> => {
    const mine = ++seq.current;
    try {
      const fresh = await invoke('visitors.onSite', {});
      if (mine === seq.current) {
        setData(fresh);
        setError(null);
        setLoadedAt(new Date());
      }
      return fresh;
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
      return null;
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    const timer = setInterval(() => void reload(), ON_SITE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [enabled, reload]);

  return { data, error, loadedAt, reload };
}

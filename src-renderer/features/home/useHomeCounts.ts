import { useCallback, useEffect, useRef, useState } from 'react';
import type { HomeCounts } from '../../../src-shared/modules/home';
import { errorMessage, invoke } from '../../api/client';

export const HOME_REFRESH_MS = 30_000;

/**
 * The home counts, kept fresh without a click: loaded at once, every 30 s (another desk may be working) and whenever
 * the window gets the focus back. An older answer never replaces a newer one.
 */
export function useHomeCounts(enabled: boolean) {
  const [data, setData] = useState<HomeCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const fresh = await invoke('home.counts', {});
      if (mine === seq.current) {
        setData(fresh);
        setError(null);
      }
    } catch (err) {
      if (mine === seq.current) setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    const timer = setInterval(() => void reload(), HOME_REFRESH_MS);
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled, reload]);

  return { data, error, reload };
}

import { useEffect } from 'react';
import { useSession } from '../stores/session';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the session after `idleMinutes` without mouse or keyboard, as an unattended desk must not stay open. */
export function useIdleLock(): void {
  const idleMinutes = useSession((s) => s.idleMinutes);
  const lockNow = useSession((s) => s.lockNow);

  useEffect(() => {
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const ev of ACTIVITY) window.addEventListener(ev, touch, { passive: true });
    // A coarse tick is enough: being a few seconds late to lock is harmless, and timers survive sleep this way.
    const tick = setInterval(() => {
      if (Date.now() - last >= idleMinutes * 60_000) void lockNow();
    }, 5_000);
    return () => {
      clearInterval(tick);
      for (const ev of ACTIVITY) window.removeEventListener(ev, touch);
    };
  }, [idleMinutes, lockNow]);
}

import { create } from 'zustand';
import type { AuthStatus, LoginResult, SessionUser } from '../../src-shared/modules/auth';
import type { Role } from '../../src-shared/roles';
import { errorMessage, invoke, onAuthProblem } from '../api/client';
import { storedLanguage, switchLanguage } from '../i18n';

type Phase = 'loading' | 'setup' | 'login' | 'ready' | 'error';

interface SessionState {
  phase: Phase;
  orgName: string;
  user: SessionUser | null;
  locked: boolean;
  idleMinutes: number;
  loadError: string | null;
  /** Backups next to a store without users (first-run screen only). */
  backupsFound: AuthStatus['backupsFound'];
  refresh(): Promise<void>;
  signedIn(result: LoginResult): void;
  lockNow(): Promise<void>;
  markLocked(): void;
  unlocked(user: SessionUser): void;
  logout(): Promise<void>;
  signedOut(): void;
  settingsChanged(orgName: string, idleMinutes: number): void;
}

/** Applies the desk's default language unless this machine's user picked one. */
async function adoptDeskLanguage(): Promise<void> {
  if (storedLanguage()) return;
  try {
    const s = await invoke('settings.get', {});
    await switchLanguage(s.language, false);
  } catch {
    // The default language is a nicety; the session itself is fine without it.
  }
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  orgName: '',
  user: null,
  locked: false,
  idleMinutes: 15,
  loadError: null,
  backupsFound: null,

  async refresh() {
    try {
      const s = await invoke('auth.status', {});
      const phase: Phase = s.needsSetup ? 'setup' : s.user ? 'ready' : 'login';
      set({ phase, orgName: s.orgName, user: s.user, locked: s.locked, idleMinutes: s.idleMinutes, loadError: null, backupsFound: s.backupsFound });
      if (s.user && !s.locked) void adoptDeskLanguage();
    } catch (err) {
      set({ phase: 'error', loadError: errorMessage(err) });
    }
  },

  signedIn(result) {
    set({ phase: 'ready', user: result.user, locked: false, idleMinutes: result.idleMinutes });
    void adoptDeskLanguage();
    // The org name is set during setup and may have changed since the login screen was shown.
    void invoke('auth.status', {}).then((s) => set({ orgName: s.orgName }), () => undefined);
  },

  async lockNow() {
    if (get().locked || !get().user) return;
    set({ locked: true });
    try {
      await invoke('auth.lock', {});
    } catch {
      // Locked on screen regardless: unlocking asks main, which decides.
    }
  },

  markLocked() {
    if (get().user) set({ locked: true });
  },

  unlocked(user) {
    set({ user, locked: false });
  },

  async logout() {
    try {
      await invoke('auth.logout', {});
    } finally {
      get().signedOut();
    }
  },

  signedOut() {
    set({ phase: 'login', user: null, locked: false });
  },

  settingsChanged(orgName, idleMinutes) {
    set({ orgName, idleMinutes });
  },
}));

onAuthProblem((problem) => {
  const s = useSession.getState();
  if (problem === 'SESSION_LOCKED') s.markLocked();
  else if (s.phase === 'ready') s.signedOut();
});

const NO_ROLES: readonly Role[] = [];
export const useRoles = (): readonly Role[] => useSession((s) => s.user?.roles ?? NO_ROLES);

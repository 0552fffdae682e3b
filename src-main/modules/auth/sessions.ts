import { randomBytes } from 'node:crypto';

export interface Session {
  token: string;
  userId: number;
  createdAt: number;
  lastSeen: number;
  locked: boolean;
}

/** Sessions live in memory only: a restart logs everyone out. Tokens expire after 24 h whatever the activity. */
export const SESSION_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export class SessionStore {
  private readonly byToken = new Map<string, Session>();

  constructor(private readonly clock: () => Date) {}

  create(userId: number): Session {
    const now = this.clock().getTime();
    const session: Session = { token: randomBytes(32).toString('base64url'), userId, createdAt: now, lastSeen: now, locked: false };
    this.byToken.set(session.token, session);
    return session;
  }

  /** The live session for a token, locked first if it has been idle longer than `idleMinutes`. */
  get(token: string | null | undefined, idleMinutes: number): Session | null {
    if (!token) return null;
    const session = this.byToken.get(token);
    if (!session) return null;
    const now = this.clock().getTime();
    if (now - session.createdAt > SESSION_MAX_AGE_MS) {
      this.byToken.delete(token);
      return null;
    }
    if (now - session.lastSeen > idleMinutes * 60_000) session.locked = true;
    return session;
  }

  touch(session: Session): void {
    session.lastSeen = this.clock().getTime();
  }

  destroy(token: string): void {
    this.byToken.delete(token);
  }

  destroyUser(userId: number): void {
    for (const [token, s] of this.byToken) if (s.userId === userId) this.byToken.delete(token);
  }
}

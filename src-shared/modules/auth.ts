import { z } from 'zod';
import { ch } from '../contract-kit';
import { ROLES, type Role } from '../roles';
import { requiredText } from '../rules/text';

/** Password rule (000 篇4 §二: own account, own password): 8–128 characters with a letter and a digit. */
export const password = z
  .string()
  .min(8, { message: 'password_short' })
  .max(128, { message: 'password_long' })
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), { message: 'password_mix' });

export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{1,31}$/, { message: 'username' });

export const roleList = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface LoginResult {
  token: string;
  user: SessionUser;
  idleMinutes: number;
}

export interface AuthStatus {
  needsSetup: boolean;
  /**
   * Backups lying next to a store that has no users yet: the data file went missing (or was replaced) and the desk
   * started afresh. Shown on the first-run screen so that the administrator restores instead of starting over.
   */
  backupsFound: { count: number; latest: string | null } | null;
  orgName: string;
  user: SessionUser | null;
  locked: boolean;
  idleMinutes: number;
}

export const authChannels = {
  'auth.status': ch<AuthStatus>()({ input: z.object({}).strict(), access: 'public', mutates: false }),
  /** First run only: creates the administrator and logs them in. */
  'auth.setup': ch<LoginResult>()({
    input: z
      .object({
        orgName: requiredText(60),
        username,
        displayName: requiredText(30),
        password,
      })
      .strict(),
    access: 'public',
    mutates: true,
  }),
  'auth.login': ch<LoginResult>()({
    input: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) }).strict(),
    access: 'public',
    mutates: true,
  }),
  'auth.logout': ch<{ done: true }>()({ input: z.object({}).strict(), access: 'any', mutates: false }),
  /** Locks the session now (the renderer's idle timer or the user's own lock button). */
  'auth.lock': ch<{ locked: true }>()({ input: z.object({}).strict(), access: 'any', mutates: false }),
  'auth.unlock': ch<{ user: SessionUser }>()({
    input: z.object({ password: z.string().min(1).max(128) }).strict(),
    access: 'any',
    mutates: true,
  }),
  'auth.changePassword': ch<{ done: true }>()({
    input: z.object({ current: z.string().min(1).max(128), next: password }).strict(),
    access: 'any',
    mutates: true,
  }),
};

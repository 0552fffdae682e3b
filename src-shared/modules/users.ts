import { z } from 'zod';
import { ch } from '../contract-kit';
import type { Role } from '../roles';
import { id, requiredText } from '../rules/text';
import { password, roleList, username } from './auth';

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

const admin = ['admin'] as const;

export const usersChannels = {
  'users.list': ch<UserRow[]>()({ input: z.object({}).strict(), access: admin, mutates: false }),
  'users.create': ch<UserRow>()({
    input: z.object({ username, displayName: requiredText(30), roles: roleList, password }).strict(),
    access: admin,
    mutates: true,
  }),
  'users.update': ch<UserRow>()({
    input: z
      .object({ id, displayName: requiredText(30).optional(), roles: roleList.optional(), disabled: z.boolean().optional() })
      .strict(),
    access: admin,
    mutates: true,
  }),
  /** Sets a new password chosen by the administrator and clears a lockout; the old one is never shown. */
  'users.resetPassword': ch<{ done: true }>()({
    input: z.object({ id, password }).strict(),
    access: admin,
    mutates: true,
  }),
};

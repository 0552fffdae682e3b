import { z } from 'zod';
import { ch } from '../contract-kit';
import { STAFF, type Role } from '../roles';
import { id, requiredText, text } from '../rules/text';
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
  /** 000 §5.6.4c: a department head approves C-level borrowing of their own department only. */
  departmentId: number | null;
  departmentName: string | null;
}

/** An active user as the business screens see them (pickers): no password data, no lockout, no login times. */
export interface StaffRow {
  id: number;
  name: string;
  username: string;
  roles: Role[];
}

/** A department of the company (000 篇5: the office keeps the archive; a department head approves C-level borrowing). */
export interface DepartmentRow {
  id: number;
  name: string;
  active: boolean;
}

const admin = ['admin'] as const;

export const usersChannels = {
  /** Active users for pickers (a key's allowed borrowers, a staff borrower): name, username or pinyin initials. */
  'users.staff': ch<StaffRow[]>()({ input: z.object({ q: text(30).default('') }).strict(), access: STAFF, mutates: false }),
  /** Departments for pickers (a document's department, a borrower's department, a user's department on the administrator's screen), active ones first. */
  'users.departments.list': ch<DepartmentRow[]>()({ input: z.object({}).strict(), access: 'any', mutates: false }),
  'users.list': ch<UserRow[]>()({ input: z.object({}).strict(), access: admin, mutates: false }),
  'users.create': ch<UserRow>()({
    input: z.object({ username, displayName: requiredText(30), roles: roleList, password, departmentId: id.nullable().default(null) }).strict(),
    access: admin,
    mutates: true,
  }),
  'users.update': ch<UserRow>()({
    input: z
      .object({
        id,
        displayName: requiredText(30).optional(),
        roles: roleList.optional(),
        disabled: z.boolean().optional(),
        departmentId: id.nullable().optional(),
      })
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

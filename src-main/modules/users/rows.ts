import type { UserRow } from '../../../src-shared/modules/users';
import type { SessionUser } from '../../../src-shared/modules/auth';
import { ROLES, type Role } from '../../../src-shared/roles';
import type { User } from './user.entity';

export function rolesOf(user: Pick<User, 'roles'>): Role[] {
  return user.roles.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

/** Roles stored in the contract's order, so the same set always reads the same. */
export function storeRoles(roles: readonly Role[]): string {
  return ROLES.filter((r) => roles.includes(r)).join(',');
}

/** `departments` maps ids to names (see `departmentNames`); a user without a department reads null. */
export function toUserRow(u: User, departments: ReadonlyMap<number, string> = new Map()): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: rolesOf(u),
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    createdAt: u.createdAt,
    lastLoginAt: u.lastLoginAt,
    departmentId: u.departmentId ?? null,
    departmentName: u.departmentId ? (departments.get(u.departmentId) ?? null) : null,
  };
}

export function toSessionUser(u: User): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: rolesOf(u) };
}

import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { Role } from '../../../src-shared/roles';
import type { Ctx } from '../../ipc/context';
import { User } from '../users/user.entity';
import { rolesOf } from '../users/rows';
import { recordFailure } from './failures';
import { decoyHash, verifyPassword } from './password';

/**
 * A second person's credential typed on the spot (a manager letting a blocklisted visitor in, a second approver):
 * the account must exist, be enabled and unlocked, hold one of `roles`, and the password must match. Wrong
 * passwords count towards that account's lockout exactly like failed logins.
 */
export async function confirmCredential(ctx: Ctx, username: string, password: string, roles: readonly Role[]): Promise<User> {
  const user = await ctx.em.getRepository(User).findOneBy({ username: username.trim().toLowerCase() });
  if (!user) {
    await verifyPassword(password, await decoyHash());
    throw new DeskError('OVERRIDE_REFUSED');
  }
  if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(ctx.now)) {
    throw new DeskError('ACCOUNT_LOCKED', { until: dayjs(user.lockedUntil).format('HH:mm') });
  }
  if (!(await verifyPassword(password, user.passwordHash))) return recordFailure(ctx, user, { what: '现场授权', code: 'OVERRIDE_REFUSED' });
  if (user.disabled || !roles.some((r) => rolesOf(user).includes(r))) throw new DeskError('OVERRIDE_REFUSED');
  if (user.failedCount > 0) {
    user.failedCount = 0;
    await ctx.em.getRepository(User).save(user);
  }
  return user;
}

import dayjs from 'dayjs';
import { DeskError, type ErrorCode } from '../../../src-shared/errors';
import type { Ctx } from '../../ipc/context';
import { User } from '../users/user.entity';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 5;

/**
 * Counts a wrong password; the fifth in a row locks the account for 5 minutes. Kept although the call fails, so a
 * password cannot be guessed through any door that asks for one (login, unlock, a manager's on-the-spot override).
 */
export async function recordFailure(
  ctx: Ctx,
  user: User,
  opts: { what: string; code: ErrorCode } = { what: '登录', code: 'BAD_CREDENTIALS' },
): Promise<never> {
  user.failedCount += 1;
  const locks = user.failedCount >= MAX_FAILURES;
  if (locks) {
    user.lockedUntil = dayjs(ctx.now).add(LOCK_MINUTES, 'minute').toISOString();
    user.failedCount = 0;
  }
  await ctx.em.getRepository(User).save(user);
  ctx.note({
    entity: 'user',
    entityId: user.id,
    summary: locks ? `${opts.what}失败，账号 ${user.username} 锁定 ${LOCK_MINUTES} 分钟` : `${opts.what}失败（账号 ${user.username} 第 ${user.failedCount} 次）`,
    actor: { userId: user.id, username: user.username },
  });
  if (locks) throw new DeskError('ACCOUNT_LOCKED', { until: dayjs(user.lockedUntil).format('HH:mm') }, undefined, true);
  throw new DeskError(opts.code, {}, undefined, true);
}

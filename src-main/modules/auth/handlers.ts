import dayjs from 'dayjs';
import { MAX_FAILURES } from './failures';
import { DeskError } from '../../../src-shared/errors';
import type { AuthStatus } from '../../../src-shared/modules/auth';
import type { ModuleHandlers } from '../../ipc/handler';
import { callerOf, type Ctx } from '../../ipc/context';
import { readSettings, writeSettings } from '../settings/store';
import { User } from '../users/user.entity';
import { storeRoles, toSessionUser } from '../users/rows';
import { recordFailure } from './failures';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { backupDirOf, listBackupFiles } from '../backups/files';


async function userCount(ctx: Ctx): Promise<number> {
  return ctx.em.getRepository(User).count();
}

export const authHandlers: ModuleHandlers<'auth'> = {
  'auth.status': async (_input, ctx) => {
    const settings = readSettings(ctx.db);
    const session = ctx.caller ? ctx.rt.sessions.get(ctx.caller.token, settings.idleMinutes) : null;
    const user = ctx.caller ? await ctx.em.getRepository(User).findOneBy({ id: ctx.caller.userId }) : null;
    const needsSetup = (await userCount(ctx)) === 0;
    return {
      needsSetup,
      backupsFound: needsSetup ? backupsBeside(ctx) : null,
      orgName: settings.orgName,
      user: user ? toSessionUser(user) : null,
      locked: session?.locked ?? false,
      idleMinutes: settings.idleMinutes,
    };
  },

  'auth.setup': async (input, ctx) => {
    if ((await userCount(ctx)) > 0) throw new DeskError('SETUP_DONE');
    const repo = ctx.em.getRepository(User);
    const user = await repo.save(
      repo.create({
        username: input.username,
        displayName: input.displayName,
        roles: storeRoles(['admin']),
        passwordHash: await hashPassword(input.password),
        disabled: false,
        failedCount: 0,
        lockedUntil: null,
        createdAt: ctx.now.toISOString(),
        lastLoginAt: ctx.now.toISOString(),
      }),
    );
    writeSettings(ctx.db, { orgName: input.orgName });
    ctx.note({
      entity: 'user',
      entityId: user.id,
      summary: `初始设置：单位「${input.orgName}」，创建系统管理员 ${user.username}`,
      actor: { userId: user.id, username: user.username },
    });
    const session = ctx.rt.sessions.create(user.id);
    return { token: session.token, user: toSessionUser(user), idleMinutes: readSettings(ctx.db).idleMinutes };
  },

  'auth.login': async (input, ctx) => {
    if ((await userCount(ctx)) === 0) throw new DeskError('SETUP_REQUIRED');
    const repo = ctx.em.getRepository(User);
    const user = await repo.findOneBy({ username: input.username.toLowerCase() });
    if (!user) {
      await verifyPassword(input.password, await decoyHash());
      throw new DeskError('BAD_CREDENTIALS');
    }
    if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(ctx.now)) {
      throw new DeskError('ACCOUNT_LOCKED', { until: dayjs(user.lockedUntil).format('HH:mm') });
    }
    if (!(await verifyPassword(input.password, user.passwordHash))) return recordFailure(ctx, user);
    if (user.disabled) throw new DeskError('ACCOUNT_DISABLED');
    user.failedCount = 0;
    user.lockedUntil = null;
    user.lastLoginAt = ctx.now.toISOString();
    await repo.save(user);
    ctx.note({ entity: 'user', entityId: user.id, summary: '登录', actor: { userId: user.id, username: user.username } });
    const session = ctx.rt.sessions.create(user.id);
    return { token: session.token, user: toSessionUser(user), idleMinutes: readSettings(ctx.db).idleMinutes };
  },

  'auth.logout': async (_input, ctx) => {
    ctx.rt.sessions.destroy(callerOf(ctx).token);
    return { done: true };
  },

  'auth.lock': async (_input, ctx) => {
    const settings = readSettings(ctx.db);
    const session = ctx.rt.sessions.get(callerOf(ctx).token, settings.idleMinutes);
    if (session) session.locked = true;
    return { locked: true };
  },

  'auth.unlock': async (input, ctx) => {
    const caller = callerOf(ctx);
    const user = await ctx.em.getRepository(User).findOneByOrFail({ id: caller.userId });
    if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(ctx.now)) {
      throw new DeskError('ACCOUNT_LOCKED', { until: dayjs(user.lockedUntil).format('HH:mm') });
    }
    if (!(await verifyPassword(input.password, user.passwordHash))) {
      // Five wrong tries on the lock screen end the session as well as locking the account.
      if (user.failedCount + 1 >= MAX_FAILURES) ctx.rt.sessions.destroy(caller.token);
      return recordFailure(ctx, user);
    }
    const session = ctx.rt.sessions.get(caller.token, Number.MAX_SAFE_INTEGER);
    if (session) {
      session.locked = false;
      ctx.rt.sessions.touch(session);
    }
    if (user.failedCount > 0) {
      user.failedCount = 0;
      await ctx.em.getRepository(User).save(user);
    }
    ctx.note({ entity: 'user', entityId: user.id, summary: '解锁屏幕' });
    return { user: toSessionUser(user) };
  },

  'auth.changePassword': async (input, ctx) => {
    const repo = ctx.em.getRepository(User);
    const user = await repo.findOneByOrFail({ id: callerOf(ctx).userId });
    if (!(await verifyPassword(input.current, user.passwordHash))) return recordFailure(ctx, user);
    user.passwordHash = await hashPassword(input.next);
    await repo.save(user);
    ctx.note({ entity: 'user', entityId: user.id, summary: '修改本人密码' });
    return { done: true };
  },
};

function backupsBeside(ctx: Ctx): AuthStatus['backupsFound'] {
  const files = listBackupFiles(backupDirOf(ctx.db));
  if (files.length === 0) return null;
  const latest = files.map((f) => f.at).filter((at): at is string => at !== null).sort().at(-1) ?? null;
  return { count: files.length, latest: latest ? dayjs(latest).format('YYYY-MM-DD HH:mm') : null };
}

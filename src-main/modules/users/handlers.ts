import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { hashPassword } from '../auth/password';
import { User } from './user.entity';
import { rolesOf, storeRoles, toUserRow } from './rows';
import { normalize, pinyinKeys } from '../../search/keys';
import type { Ctx } from '../../ipc/context';

/** Department names by id, for user rows. */
const departmentNames = (ctx: Ctx): Map<number, string> =>
  new Map((ctx.db.prepare('SELECT id, name FROM departments').all() as { id: number; name: string }[]).map((d) => [d.id, d.name]));

/** A department the user can be put in: one that exists and is active (keeping a user's current one is always fine). */
function checkedDepartment(ctx: Ctx, id: number | null, current: number | null = null): number | null {
  if (id === null || id === current) return id;
  const d = ctx.db.prepare('SELECT active FROM departments WHERE id = ?').get(id) as { active: number } | undefined;
  if (!d || d.active !== 1) throw new DeskError('VALIDATION', {}, { departmentId: '请选择有效的部门' });
  return id;
}

export const usersHandlers: ModuleHandlers<'users'> = {
  'users.staff': async (input, ctx) => {
    const rows = ctx.db.prepare('SELECT id, display_name AS name, username, roles FROM users WHERE disabled = 0 ORDER BY id').all() as {
      id: number;
      name: string;
      username: string;
      roles: string;
    }[];
    const q = normalize(input.q).replace(/\s+/g, '');
    return rows
      .map((r) => ({ id: r.id, name: r.name, username: r.username, roles: rolesOf(r) }))
      // The administrator's accounts hold no business role: they are nobody's borrower or approver.
      .filter((r) => r.roles.some((x) => x !== 'admin'))
      .filter((r) => !q || normalize(r.name).includes(q) || r.username.includes(q) || pinyinKeys([r.name]).split(' ').some((k) => k.startsWith(q)));
  },

  'users.departments.list': async (_input, ctx) =>
    (ctx.db.prepare('SELECT id, name, active FROM departments ORDER BY active DESC, id').all() as { id: number; name: string; active: number }[]).map(
      (d) => ({ id: d.id, name: d.name, active: d.active === 1 }),
    ),

  'users.list': async (_input, ctx) => {
    const users = await ctx.em.getRepository(User).find({ order: { id: 'ASC' } });
    const names = departmentNames(ctx);
    return users.map((u) => toUserRow(u, names));
  },

  'users.create': async (input, ctx) => {
    const repo = ctx.em.getRepository(User);
    if (await repo.existsBy({ username: input.username })) throw new DeskError('CONFLICT', { what: input.username }, { username: '用户名已存在' });
    const departmentId = checkedDepartment(ctx, input.departmentId);
    const user = await repo.save(
      repo.create({
        username: input.username,
        displayName: input.displayName,
        roles: storeRoles(input.roles),
        passwordHash: await hashPassword(input.password),
        disabled: false,
        failedCount: 0,
        lockedUntil: null,
        createdAt: ctx.now.toISOString(),
        lastLoginAt: null,
        departmentId,
      }),
    );
    const names = departmentNames(ctx);
    const dept = departmentId ? `，部门 ${names.get(departmentId)}` : '';
    ctx.note({ entity: 'user', entityId: user.id, summary: `创建用户 ${user.username}（${user.displayName}），角色 ${user.roles}${dept}` });
    return toUserRow(user, names);
  },

  'users.update': async (input, ctx) => {
    const repo = ctx.em.getRepository(User);
    const user = await repo.findOneBy({ id: input.id });
    if (!user) throw new DeskError('NOT_FOUND', { entity: '用户' });
    const changes: string[] = [];
    if (input.displayName !== undefined && input.displayName !== user.displayName) {
      changes.push(`姓名 ${user.displayName} → ${input.displayName}`);
      user.displayName = input.displayName;
    }
    if (input.roles !== undefined && storeRoles(input.roles) !== user.roles) {
      changes.push(`角色 ${user.roles} → ${storeRoles(input.roles)}`);
      user.roles = storeRoles(input.roles);
    }
    const names = departmentNames(ctx);
    if (input.departmentId !== undefined && input.departmentId !== (user.departmentId ?? null)) {
      const next = checkedDepartment(ctx, input.departmentId, user.departmentId ?? null);
      const name = (d: number | null) => (d ? (names.get(d) ?? String(d)) : '无');
      changes.push(`部门 ${name(user.departmentId ?? null)} → ${name(next)}`);
      user.departmentId = next;
    }
    if (input.disabled !== undefined && input.disabled !== user.disabled) {
      changes.push(input.disabled ? '停用' : '启用');
      user.disabled = input.disabled;
    }
    // The desk must never be left without an administrator who can log in.
    const stillAdmin = rolesOf(user).includes('admin') && !user.disabled;
    if (!stillAdmin) {
      const otherAdmins = (await repo.find()).filter((u) => u.id !== user.id && !u.disabled && rolesOf(u).includes('admin'));
      if (otherAdmins.length === 0) throw new DeskError('IN_USE', { what: '最后一位可用的系统管理员' });
    }
    await repo.save(user);
    // A disabled user's sessions end at their next call (the dispatcher re-reads the user every call).
    ctx.note({ entity: 'user', entityId: user.id, summary: `修改用户 ${user.username}：${changes.join('，') || '无变化'}` });
    return toUserRow(user, names);
  },

  'users.resetPassword': async (input, ctx) => {
    const repo = ctx.em.getRepository(User);
    const user = await repo.findOneBy({ id: input.id });
    if (!user) throw new DeskError('NOT_FOUND', { entity: '用户' });
    user.passwordHash = await hashPassword(input.password);
    user.failedCount = 0;
    user.lockedUntil = null;
    await repo.save(user);
    ctx.rt.sessions.destroyUser(user.id);
    ctx.note({ entity: 'user', entityId: user.id, summary: `重置用户 ${user.username} 的密码并解除锁定` });
    return { done: true };
  },
};

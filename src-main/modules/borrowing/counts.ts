import dayjs from 'dayjs';
import type { Ctx } from '../../ipc/context';

/** The caller's department (a department head approves C-level requests of their own department only, 000 §5.6.4c). */
export function callerDepartmentId(ctx: Ctx): number | null {
  if (!ctx.caller) return null;
  const d = ctx.db.prepare('SELECT department_id FROM users WHERE id = ?').pluck().get(ctx.caller.userId) as number | null | undefined;
  return d ?? null;
}

/**
 * SQL condition (alias `r`) and its parameters for "a pending request the caller may approve": the caller holds the
 * required role, and for a department head's approval also belongs to the document's department (000 §5.6.4 a–c, f); never
 * the caller's own borrowing.
 */
export function approvableWhere(ctx: Ctx): { sql: string; params: (string | number)[] } {
  const roles = ctx.caller?.roles ?? [];
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (roles.includes('general_manager')) parts.push(`r.required_role = 'general_manager'`);
  if (roles.includes('office_director')) parts.push(`r.required_role = 'office_director'`);
  const dept = callerDepartmentId(ctx);
  if (roles.includes('dept_head') && dept !== null) {
    parts.push(`(r.required_role = 'dept_head' AND r.required_department_id = ?)`);
    params.push(dept);
  }
  if (!parts.length || !ctx.caller) return { sql: '0', params: [] };
  // Nobody approves their own borrowing.
  params.push(ctx.caller.userId);
  return { sql: `r.status = 'pending' AND (${parts.join(' OR ')}) AND (r.borrower_user_id IS NULL OR r.borrower_user_id <> ?)`, params };
}

/** Requests awaiting an approval the caller may give (home screen badge). Stable signature: the home screen calls it. */
export function pendingApprovalsFor(ctx: Ctx): number {
  const w = approvableWhere(ctx);
  return ctx.db.prepare(`SELECT count(*) FROM borrowing_requests r WHERE ${w.sql}`).pluck().get(...w.params) as number;
}

/** The local calendar day of `now`; a loan is overdue once its due day has passed (due the whole due day). */
export const today = (now: Date): string => dayjs(now).format('YYYY-MM-DD');

/** Loans out past their due day (home screen badge). Stable signature: the home screen calls it. */
export function overdueLoanCount(ctx: Ctx): number {
  return ctx.db.prepare(`SELECT count(*) FROM borrowing_requests WHERE status = 'lent' AND due_date < ?`).pluck().get(today(ctx.now)) as number;
}

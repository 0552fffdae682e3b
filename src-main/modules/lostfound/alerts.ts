import { LF_ALERTED, type AlertRole, type LfAlertRow } from '../../../src-shared/modules/lostfound';
import { callerOf, type Ctx } from '../../ipc/context';

const myRoles = (ctx: Ctx): AlertRole[] => LF_ALERTED.filter((r) => callerOf(ctx).roles.includes(r));

/** Alerts addressed to one of the caller's roles and not yet acknowledged (by anyone holding that role). */
export function listAlerts(ctx: Ctx): LfAlertRow[] {
  const roles = myRoles(ctx);
  return ctx.db
    .prepare(
      `SELECT a.id, a.item_id AS itemId, i.item_no AS itemNo, i.name AS itemName, a.role, a.message, a.created_at AS createdAt
       FROM lostfound_alerts a JOIN lostfound_items i ON i.id = a.item_id
       WHERE a.acked_at IS NULL AND a.role IN (${roles.map(() => '?').join(', ')}) ORDER BY a.id DESC`,
    )
    .all(...roles) as LfAlertRow[];
}

/** Acknowledges the caller's own alerts among `ids`; others' are left alone. */
export function ackAlerts(ctx: Ctx, ids: number[]): number {
  const caller = callerOf(ctx);
  const mine = new Map(listAlerts(ctx).map((a) => [a.id, a]));
  const ack = ctx.db.prepare('UPDATE lostfound_alerts SET acked_at = ?, acked_by = ? WHERE id = ? AND acked_at IS NULL');
  const done = ids.filter((id) => mine.has(id));
  for (const id of done) ack.run(ctx.now.toISOString(), caller.userId, id);
  const nos = [...new Set(done.map((id) => mine.get(id)?.itemNo ?? ''))].join('、');
  ctx.note({ entity: 'lostfound_alert', summary: done.length ? `确认贵重失物通报 ${done.length} 条：${nos}` : '确认贵重失物通报：无待确认' });
  return done.length;
}

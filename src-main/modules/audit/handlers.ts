import dayjs from 'dayjs';
import type { z } from 'zod';
import type { auditFilter, AuditRow } from '../../../src-shared/modules/audit';
import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { buildRegister, registerColumns } from '../registers/build';
import { verifyChain } from './chain';

type Filter = z.output<typeof auditFilter>;

/** Dates are local calendar days of the desk; stored times are ISO UTC. */
function where(f: Filter): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (f.from) {
    clauses.push('at >= ?');
    params.push(dayjs(f.from).startOf('day').toISOString());
  }
  if (f.to) {
    clauses.push('at < ?');
    params.push(dayjs(f.to).add(1, 'day').startOf('day').toISOString());
  }
  if (f.userId) {
    clauses.push('user_id = ?');
    params.push(f.userId);
  }
  if (f.module) {
    clauses.push('module = ?');
    params.push(f.module);
  }
  if (f.entity) {
    clauses.push('entity = ?');
    params.push(f.entity);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const COLUMNS = `id, at, user_id AS userId, username, channel, module, entity, entity_id AS entityId, summary`;

function select(ctx: Ctx, f: Filter, limit: number, offset: number): AuditRow[] {
  const w = where(f);
  return ctx.db.prepare(`SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as AuditRow[];
}

export const auditHandlers: ModuleHandlers<'audit'> = {
  'audit.list': async (input, ctx) => {
    const w = where(input);
    const { total } = ctx.db.prepare(`SELECT count(*) AS total FROM audit_log ${w.sql}`).get(...w.params) as { total: number };
    return { rows: select(ctx, input, input.pageSize, (input.page - 1) * input.pageSize), total };
  },

  'audit.actors': async (_input, ctx) =>
    ctx.db
      .prepare(
        `SELECT a.user_id AS userId, a.username FROM audit_log a
         JOIN (SELECT user_id, max(id) AS last FROM audit_log WHERE user_id IS NOT NULL GROUP BY user_id) l ON l.last = a.id
         ORDER BY a.username`,
      )
      .all() as { userId: number; username: string }[],

  'audit.verify': async (_input, ctx) => verifyChain(ctx.db),

  'audit.register': async (input, ctx) => {
    const t = (key: string, params?: Record<string, string | number>) => translate(ctx.lang, key, params);
    const rows = select(ctx, input, 100_000, 0).reverse();
    return buildRegister(ctx, {
      title: t('registers.audit'),
      periodLabel:
        input.from || input.to ? t('registers.periodRange', { from: input.from ?? '…', to: input.to ?? '…' }) : t('registers.allTime'),
      columns: registerColumns(t, 'registers.col', { time: 16, user: 12, action: 20, summary: 46 }),
      rows: rows.map((r) => ({
        time: dayjs(r.at).format('YYYY-MM-DD HH:mm'),
        user: r.username ?? '—',
        action: r.channel,
        summary: r.summary,
      })),
      fileStem: `audit-${dayjs(ctx.now).format('YYYYMMDD-HHmm')}`,
    });
  },
};

import { DeskError } from '../../../src-shared/errors';
import { HANDOVER_ITEMS, type HandoverFigure, type HandoverItem, type HandoverRow, type HandoverStatus } from '../../../src-shared/modules/handover';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

interface RawHandover {
  id: number;
  handoverNo: string;
  status: string;
  since: string | null;
  submittedAt: string;
  outgoing: string;
  outgoingUserId: number;
  incoming: string | null;
  confirmedAt: string | null;
  withdrawnAt: string | null;
  note: string;
}

export type FullHandover = HandoverRow & { outgoingUserId: number };

const SELECT = `SELECT h.id, h.handover_no AS handoverNo, h.status, h.since, h.submitted_at AS submittedAt,
    uo.display_name AS outgoing, h.outgoing_user_id AS outgoingUserId, ui.display_name AS incoming,
    h.confirmed_at AS confirmedAt, h.withdrawn_at AS withdrawnAt, h.note
  FROM handovers h JOIN users uo ON uo.id = h.outgoing_user_id LEFT JOIN users ui ON ui.id = h.incoming_user_id`;

const order = (item: string) => HANDOVER_ITEMS.indexOf(item as HandoverItem);

export function handoversWhere(ctx: Ctx, where: string, ...params: unknown[]): FullHandover[] {
  const rows = ctx.db.prepare(`${SELECT} WHERE ${where}`).all(...params) as RawHandover[];
  const figures = ctx.db.prepare('SELECT item, reported, lines, counted, note FROM handover_figures WHERE handover_id = ?');
  const issues = ctx.db.prepare('SELECT text FROM handover_issues WHERE handover_id = ? ORDER BY id').pluck();
  return rows.map((r) => {
    const figs = (figures.all(r.id) as (Omit<HandoverFigure, 'lines'> & { lines: string })[])
      .map((f) => ({ ...f, lines: JSON.parse(f.lines) as string[] }))
      .sort((a, b) => order(a.item) - order(b.item));
    return {
      ...r,
      status: r.status as HandoverStatus,
      issues: issues.all(r.id) as string[],
      figures: figs,
      hasDifferences: figs.some((f) => f.counted !== null && f.counted !== f.reported),
    };
  });
}

export function mustFindHandover(ctx: Ctx, id: number): FullHandover {
  const h = handoversWhere(ctx, 'h.id = ?', id)[0];
  if (!h) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entity') });
  return h;
}

/** Strips the internal user id before a row leaves main. */
export function publicHandover(h: FullHandover): HandoverRow {
  const { outgoingUserId: _id, ...rest } = h;
  void _id;
  return rest;
}

export const pendingHandover = (ctx: Ctx): FullHandover | null => handoversWhere(ctx, `h.status = 'submitted'`)[0] ?? null;

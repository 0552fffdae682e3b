import { DeskError } from '../../../src-shared/errors';
import type { LfMethod } from '../../../src-shared/modules/lostfound';
import { formatTime } from '../../../src-shared/rules/time';
import dayjs from 'dayjs';
import { callerOf, type Ctx } from '../../ipc/context';
import { handOver, type Handover } from './items';
import { msg } from './messages';
import { addEvent, mustBeInCustody, typedInstant } from './queries';

const METHOD_ZH: Record<LfMethod, string> = { police: '移交公安机关', return_finder: '交还拾得人', donate: '捐赠', destroy: '销毁' };

/**
 * The GM decides an item's disposal once its keeping period is over (§4.10.3). An ID document past its police due
 * date may be decided earlier, but only for hand-over to 公安. One decision per item; it is final.
 */
export function decide(ctx: Ctx, id: number, method: LfMethod, note: string): void {
  const caller = callerOf(ctx);
  const item = mustBeInCustody(ctx, id);
  if (item.decision) {
    throw new DeskError('LOSTFOUND_DECIDED', { what: `${item.itemNo} ${item.name}`, at: formatTime(item.decision.decidedAt), method: msg(ctx, `method_${item.decision.method}`) });
  }
  const policeEarly = item.policeOverdue && method === 'police';
  if (!item.expired && !policeEarly) {
    throw new DeskError('LOSTFOUND_NOT_EXPIRED', { what: `${item.itemNo} ${item.name}`, until: formatTime(item.expiresAt) }, { id: msg(ctx, 'notExpired') });
  }
  const at = ctx.now.toISOString();
  ctx.db
    .prepare('INSERT INTO lostfound_disposals(item_id, method, note, decided_at, decided_day, decided_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, method, note, at, dayjs(ctx.now).format('YYYY-MM-DD'), caller.userId);
  addEvent(ctx, id, 'decision', caller.userId, `总经理决定：${METHOD_ZH[method]}（${note}）`);
  ctx.note({ entity: 'lostfound_item', entityId: id, summary: `失物处置决定 ${item.itemNo} ${item.name} ×${item.quantity}：${METHOD_ZH[method]}，${note}` });
}

/** Carries out the decided disposal: the item leaves custody as disposed, with who received it. */
export function execute(ctx: Ctx, id: number, h: Handover & { executedAt?: string }): void {
  const caller = callerOf(ctx);
  const item = mustBeInCustody(ctx, id);
  if (!item.decision) throw new DeskError('LOSTFOUND_NO_DECISION', { what: `${item.itemNo} ${item.name}` });
  if (item.decision.method === 'police' && !h.receiverUnit) throw new DeskError('VALIDATION', {}, { receiverUnit: msg(ctx, 'unitRequired') });
  const at = typedInstant(ctx, h.executedAt, 'executedAt');
  if (at.toISOString() < item.decision.decidedAt) throw new DeskError('VALIDATION', {}, { executedAt: msg(ctx, 'beforeDecision') });
  handOver(ctx, item, 'disposed', h, at);
  ctx.db.prepare('UPDATE lostfound_disposals SET executed_at = ?, executed_by = ? WHERE item_id = ?').run(at.toISOString(), caller.userId, id);
  const text = `${METHOD_ZH[item.decision.method]}，${[h.receiverUnit, h.receiverName].filter(Boolean).join(' ')}${h.note ? `（${h.note}）` : ''}`;
  addEvent(ctx, id, 'execution', caller.userId, `${formatTime(at.toISOString())} 执行：${text}`);
  ctx.note({ entity: 'lostfound_item', entityId: id, summary: `失物处置执行 ${item.itemNo} ${item.name} ×${item.quantity}：${text}` });
}

export const methodZh = (m: LfMethod): string => METHOD_ZH[m];

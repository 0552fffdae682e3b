import { DeskError } from '../../../src-shared/errors';
import { HANDOVER_DESK, HANDOVER_ITEM_NAMES, HANDOVER_ITEMS, type HandoverItem } from '../../../src-shared/modules/handover';
import { callerOf, type Ctx } from '../../ipc/context';
import { nextDailyNo } from '../../db/daily-number';
import { confirmCredential } from '../auth/credential';
import { shiftFigures, shiftStart } from './figures';
import { msg } from './messages';
import { mustFindHandover, pendingHandover, type FullHandover } from './queries';

const STATUS_NAMES = { submitted: '待接班确认', confirmed: '已确认', withdrawn: '已撤回' } as const;

function mustBeSubmitted(ctx: Ctx, h: FullHandover): void {
  if (h.status !== 'submitted') throw new DeskError('HANDOVER_WRONG_STATE', { no: h.handoverNo, status: STATUS_NAMES[h.status] });
}

/** The outgoing receptionist's report; the figures are the desk's own at this moment (001 §5.6). */
export function submit(ctx: Ctx, input: { issues: string[]; note: string }): number {
  const caller = callerOf(ctx);
  const waiting = pendingHandover(ctx);
  if (waiting) throw new DeskError('HANDOVER_PENDING', { no: waiting.handoverNo, by: waiting.outgoing });
  const { since, from } = shiftStart(ctx);
  const figures = shiftFigures(ctx, from);
  const { no, day, seq } = nextDailyNo(ctx.db, 'handovers', 'handover_day', 'JB', ctx.now);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO handovers (handover_no, handover_day, seq, status, since, submitted_at, outgoing_user_id, note)
         VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?)`,
      )
      .run(no, day, seq, since, ctx.now.toISOString(), caller.userId, input.note).lastInsertRowid,
  );
  const fig = ctx.db.prepare('INSERT INTO handover_figures (handover_id, item, reported, lines) VALUES (?, ?, ?, ?)');
  for (const f of figures) fig.run(id, f.item, f.reported, JSON.stringify(f.lines));
  const issue = ctx.db.prepare('INSERT INTO handover_issues (handover_id, text) VALUES (?, ?)');
  for (const text of input.issues) issue.run(id, text);
  const summary = figures.map((f) => `${HANDOVER_ITEM_NAMES[f.item]} ${f.reported}`).join('，');
  ctx.note({ entity: 'handover', entityId: id, summary: `交班 ${no}：${summary}；待办 ${input.issues.length} 项` });
  return id;
}

/** Only the outgoing receptionist takes her own report back, and only before it is confirmed. */
export function withdraw(ctx: Ctx, id: number): void {
  const caller = callerOf(ctx);
  const h = mustFindHandover(ctx, id);
  mustBeSubmitted(ctx, h);
  if (h.outgoingUserId !== caller.userId) throw new DeskError('HANDOVER_NOT_OUTGOING', { no: h.handoverNo, by: h.outgoing });
  ctx.db.prepare(`UPDATE handovers SET status = 'withdrawn', withdrawn_at = ? WHERE id = ? AND status = 'submitted'`).run(ctx.now.toISOString(), id);
  ctx.note({ entity: 'handover', entityId: id, summary: `撤回交班报告 ${h.handoverNo}` });
}

type Counts = Record<HandoverItem, { counted: number; note: string }>;

/**
 * The incoming receptionist confirms with her own credential (never the outgoing one's: a handover takes two people)
 * and records what she counted; a difference without a note is refused. Everything is checked before anything is
 * written; a wrong password still counts towards that account's lockout, as at login.
 */
export async function confirm(ctx: Ctx, input: { id: number; incoming: { username: string; password: string }; counts: Counts }): Promise<void> {
  const h = mustFindHandover(ctx, input.id);
  mustBeSubmitted(ctx, h);
  const fields: Record<string, string> = {};
  for (const f of h.figures) {
    const c = input.counts[f.item];
    if (c.counted !== f.reported && !c.note.trim()) fields[`counts.${f.item}.note`] = msg(ctx, 'differenceNote', { reported: f.reported, counted: c.counted });
  }
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  const outgoingUsername = ctx.db.prepare('SELECT username FROM users WHERE id = ?').pluck().get(h.outgoingUserId) as string;
  if (input.incoming.username.trim().toLowerCase() === outgoingUsername) {
    throw new DeskError('HANDOVER_SELF', { by: h.outgoing }, { 'incoming.username': msg(ctx, 'self') });
  }
  let incoming: { id: number; displayName: string };
  try {
    incoming = await confirmCredential(ctx, input.incoming.username, input.incoming.password, HANDOVER_DESK);
  } catch (e) {
    if (e instanceof DeskError && e.code === 'OVERRIDE_REFUSED') {
      throw new DeskError('HANDOVER_REFUSED', {}, { 'incoming.password': msg(ctx, 'refused') }, e.keepChanges);
    }
    throw e;
  }
  const set = ctx.db.prepare('UPDATE handover_figures SET counted = ?, note = ? WHERE handover_id = ? AND item = ?');
  for (const item of HANDOVER_ITEMS) set.run(input.counts[item].counted, input.counts[item].note.trim(), h.id, item);
  ctx.db
    .prepare(`UPDATE handovers SET status = 'confirmed', incoming_user_id = ?, confirmed_at = ? WHERE id = ? AND status = 'submitted'`)
    .run(incoming.id, ctx.now.toISOString(), h.id);
  const diffs = h.figures
    .filter((f) => input.counts[f.item].counted !== f.reported)
    .map((f) => `${HANDOVER_ITEM_NAMES[f.item]} 报 ${f.reported} 点 ${input.counts[f.item].counted}（${input.counts[f.item].note.trim()}）`);
  ctx.note({
    entity: 'handover',
    entityId: h.id,
    summary: `接班确认 ${h.handoverNo}：${h.outgoing} → ${incoming.displayName}${diffs.length ? `；差异：${diffs.join('；')}` : '，清点无差异'}`,
  });
}

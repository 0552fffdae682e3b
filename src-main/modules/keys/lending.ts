import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { Contract } from '../../../src-shared/contract';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { KEY_APPROVERS, type KeyRow, type LoanRow } from '../../../src-shared/modules/keys';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { confirmCredential } from '../auth/credential';
import { statusName, wrongState } from './inventory';
import { msg } from './messages';
import { addEvent, keyTitle, loansWhere, membersOf, mustFindLoan } from './queries';

type LendInput = ParsedInputOf<Contract['keys.lend']>;

interface Borrower {
  kind: 'staff' | 'outside';
  userId: number | null;
  name: string;
  phone: string;
  idTail: string;
  company: string;
}

/** Where the key is now, for a refusal: who has it since when, or when it was reported lost or retired. */
function whereNow(ctx: Ctx, k: KeyRow): string {
  if (k.currentLoan) return msg(ctx, 'heldBy', { name: k.currentLoan.borrower, at: formatTime(k.currentLoan.lentAt) });
  if (k.status === 'lost') {
    // Kept after the lock is resolved: the time the key was lost.
    const at = ctx.db.prepare('SELECT lock_attention_at FROM keys WHERE id = ?').pluck().get(k.id) as string | null;
    return msg(ctx, 'lostSince', { at: formatTime(at) });
  }
  if (k.retired) return msg(ctx, 'retiredSince', { at: formatTime(k.retired.at), reason: k.retired.reason });
  return '';
}

function unavailable(ctx: Ctx, k: KeyRow): DeskError {
  return new DeskError('KEY_UNAVAILABLE', { what: keyTitle(k), status: statusName(ctx, k.status), detail: whereNow(ctx, k) });
}

function borrowerOf(ctx: Ctx, b: LendInput['borrower']): Borrower {
  if (b.kind === 'outside') return { kind: 'outside', userId: null, name: b.name, phone: b.phone, idTail: b.idTail.toUpperCase(), company: b.company };
  const u = ctx.db.prepare('SELECT id, display_name AS name, disabled FROM users WHERE id = ?').get(b.userId) as
    | { id: number; name: string; disabled: number }
    | undefined;
  if (!u || u.disabled) throw new DeskError('VALIDATION', {}, { 'borrower.userId': msg(ctx, 'userUnknown') });
  return { kind: 'staff', userId: u.id, name: u.name, phone: '', idTail: '', company: '' };
}

/**
 * Whether the borrower may take every restricted key of the loan (the ring and each of its keys): a staff user on
 * its list, or an outside person where the key allows them.
 */
function checkAllowed(ctx: Ctx, keys: KeyRow[], who: Borrower): boolean {
  let restricted = false;
  for (const k of keys.filter((x) => x.restricted)) {
    restricted = true;
    const ok = who.kind === 'outside' ? k.allowOutside : k.allowedUsers.some((u) => u.id === who.userId);
    if (!ok) throw new DeskError('KEY_NOT_ALLOWED', { who: who.name, what: keyTitle(k) });
  }
  return restricted;
}

/** The approver's credential typed on the spot; the clerk and the borrower cannot approve their own loan. */
async function approve(ctx: Ctx, k: KeyRow, who: Borrower, approval: LendInput['approval']): Promise<{ id: number; name: string }> {
  if (!approval) throw new DeskError('KEY_APPROVAL_REQUIRED', { what: keyTitle(k) });
  const username = approval.username.trim().toLowerCase();
  const borrowerUsername =
    who.userId === null ? null : (ctx.db.prepare('SELECT username FROM users WHERE id = ?').pluck().get(who.userId) as string);
  if (username === callerOf(ctx).username || username === borrowerUsername) throw new DeskError('KEY_APPROVAL_SELF');
  try {
    const user = await confirmCredential(ctx, username, approval.password, KEY_APPROVERS);
    return { id: user.id, name: user.displayName };
  } catch (e) {
    // The same refusal, worded for keys; a wrong password still counts towards the approver's lockout.
    if (e instanceof DeskError && e.code === 'OVERRIDE_REFUSED') throw new DeskError('KEY_APPROVAL_REFUSED', {}, undefined, e.keepChanges);
    throw e;
  }
}

/** Lends a key, or a ring with all its keys, as one loan. */
export async function lendKey(ctx: Ctx, k: KeyRow, input: LendInput): Promise<number> {
  const caller = callerOf(ctx);
  if (k.ringId !== null) throw new DeskError('KEY_IN_RING', { what: keyTitle(k), ring: k.ringCode ?? '' });
  if (k.status !== 'in') throw unavailable(ctx, k);
  const members = k.kind === 'ring' ? membersOf(ctx, k.id) : [];
  if (k.kind === 'ring' && members.length === 0) throw new DeskError('VALIDATION', {}, { code: msg(ctx, 'ringEmpty', { code: k.code }) });
  const busy = members.find((m) => m.status !== 'in');
  if (busy) throw unavailable(ctx, busy);
  const expected = new Date(input.expectedAt);
  if (expected.getTime() <= ctx.now.getTime()) throw new DeskError('VALIDATION', {}, { expectedAt: msg(ctx, 'expectedPast') });
  const who = borrowerOf(ctx, input.borrower);
  const restricted = checkAllowed(ctx, [k, ...members], who);
  const approver = restricted ? await approve(ctx, k, who, input.approval) : null;

  const now = ctx.now.toISOString();
  const loanId = Number(
    ctx.db
      .prepare(
        `INSERT INTO key_loans(key_id, borrower_kind, borrower_user_id, borrower_name, borrower_phone, borrower_id_tail, borrower_company,
           reason, lent_at, lent_day, lent_by, expected_at, approved_by, status)
         VALUES (@keyId, @kind, @userId, @name, @phone, @idTail, @company, @reason, @now, @day, @by, @expected, @approver, 'open')`,
      )
      .run({
        keyId: k.id,
        ...who,
        reason: input.reason,
        now,
        day: dayjs(ctx.now).format('YYYY-MM-DD'),
        by: caller.userId,
        expected: expected.toISOString(),
        approver: approver?.id ?? null,
      }).lastInsertRowid,
  );
  const addItem = ctx.db.prepare('INSERT INTO key_loan_items(loan_id, key_id) VALUES (?, ?)');
  const setOut = ctx.db.prepare(`UPDATE keys SET status = 'out', updated_at = ? WHERE id = ?`);
  const borrowerText = who.kind === 'staff' ? `员工 ${who.name}` : `${who.company ? `${who.company} ` : ''}${who.name}（${who.phone}，证件尾号 ${who.idTail}）`;
  for (const x of [k, ...members]) {
    addItem.run(loanId, x.id);
    setOut.run(now, x.id);
    addEvent(ctx.db, x.id, 'lent', ctx.now, caller.userId, `${who.name}，${input.reason}`);
  }
  const parts = [
    `借出${k.kind === 'ring' ? `钥匙串 ${keyTitle(k)}（${members.map((m) => m.code).join('、')}）` : `钥匙 ${keyTitle(k)}`}`,
    `借用人 ${borrowerText}`,
    `事由 ${input.reason}`,
    `预计 ${formatTime(expected.toISOString())} 归还`,
  ];
  if (approver) parts.push(`受控钥匙经 ${approver.name} 现场批准`);
  ctx.note({ entity: 'key_loan', entityId: loanId, summary: parts.join('，') });
  return loanId;
}

/** The key scanned on return: its own open loan, or its ring's (a ring comes back whole). */
export function returnKey(ctx: Ctx, scanned: KeyRow, condition: string): number {
  const caller = callerOf(ctx);
  if (scanned.ringId !== null && scanned.status === 'out') throw new DeskError('KEY_IN_RING', { what: keyTitle(scanned), ring: scanned.ringCode ?? '' });
  const loanId = scanned.currentLoan?.loanId;
  if (!loanId || scanned.status !== 'out') throw new DeskError('KEY_NOT_OUT', { what: keyTitle(scanned), status: statusName(ctx, scanned.status) });
  const loan = mustFindLoan(ctx, loanId);
  const now = ctx.now.toISOString();
  ctx.db
    .prepare(`UPDATE key_loans SET status = 'returned', returned_at = ?, returned_by = ?, condition = ? WHERE id = ? AND status = 'open'`)
    .run(now, caller.userId, condition, loan.id);
  const items = ctx.db.prepare('SELECT key_id FROM key_loan_items WHERE loan_id = ?').pluck().all(loan.id) as number[];
  for (const id of items) {
    ctx.db.prepare(`UPDATE keys SET status = 'in', updated_at = ? WHERE id = ? AND status = 'out'`).run(now, id);
    addEvent(ctx.db, id, 'returned', ctx.now, caller.userId, condition);
  }
  const late = loan.expectedAt < now ? `，逾期（应于 ${formatTime(loan.expectedAt)} 归还）` : '';
  ctx.note({
    entity: 'key_loan',
    entityId: loan.id,
    summary: `归还${loan.keyKind === 'ring' ? '钥匙串' : '钥匙'} ${keyTitle({ code: loan.keyCode, name: loan.keyName })}，借用人 ${loan.borrowerName}${late}${condition ? `，状况：${condition}` : ''}`,
  });
  return loan.id;
}

export function openLoans(ctx: Ctx, overdueOnly: boolean): LoanRow[] {
  return loansWhere(ctx, `l.status = 'open' AND (@all = 1 OR l.expected_at < @now) ORDER BY l.expected_at, l.id`, {
    all: overdueOnly ? 0 : 1,
    now: ctx.now.toISOString(),
  });
}

/**
 * A key (or a ring) is gone. A key on the desk's ring is taken off it; one out on its own, or a ring out, closes its
 * loan as lost. A key out on its ring must come back with the ring first (the ring is returned with a remark).
 * Every lost key flags its lock for attention.
 */
export function reportLost(ctx: Ctx, k: KeyRow, input: { lostBy: string; lostAt?: string; note: string }): void {
  const caller = callerOf(ctx);
  if (k.status === 'lost' || k.status === 'retired') throw wrongState(ctx, k);
  if (k.status === 'out' && k.ringId !== null) throw new DeskError('KEY_IN_RING', { what: keyTitle(k), ring: k.ringCode ?? '' });
  const at = input.lostAt ? new Date(input.lostAt) : ctx.now;
  if (at.getTime() > ctx.now.getTime()) throw new DeskError('VALIDATION', {}, { lostAt: msg(ctx, 'lostAtFuture') });
  const now = ctx.now.toISOString();
  const text = `${input.lostBy} 于 ${formatTime(at.toISOString())} 遗失：${input.note}`;
  const lost = k.kind === 'ring' ? [k, ...membersOf(ctx, k.id)] : [k];
  let loanNote = '';
  if (k.currentLoan) {
    ctx.db
      .prepare(`UPDATE key_loans SET status = 'lost', returned_at = ?, returned_by = ?, lost_note = ? WHERE id = ? AND status = 'open'`)
      .run(now, caller.userId, text, k.currentLoan.loanId);
    loanNote = `，借用（借用人 ${k.currentLoan.borrower}）按遗失结案`;
  }
  for (const x of lost) {
    // A key lost off a ring at the desk is no longer on it; a lost ring keeps its keys listed.
    const offRing = x.id === k.id && k.kind === 'key' ? ', ring_id = NULL' : '';
    ctx.db
      .prepare(`UPDATE keys SET status = 'lost', lock_attention = 1, lock_attention_at = ?, lock_attention_note = ?, updated_at = ?${offRing} WHERE id = ?`)
      .run(at.toISOString(), text, now, x.id);
    addEvent(ctx.db, x.id, 'lost', ctx.now, caller.userId, text);
  }
  const keysText = lost.length > 1 ? `（含 ${lost.slice(1).map((m) => m.code).join('、')}）` : '';
  ctx.note({ entity: 'key', entityId: k.id, summary: `钥匙遗失：${keyTitle(k)}${keysText}，${text}${loanNote}；门锁已标记待处理` });
}

/** The lock was changed (or the key found): the flag is cleared with what was done; the key stays lost until retired. */
export function resolveLock(ctx: Ctx, k: KeyRow, note: string): void {
  const caller = callerOf(ctx);
  if (!k.lockAttention) throw new DeskError('VALIDATION', {}, { code: msg(ctx, 'noAttention', { code: k.code }) });
  ctx.db
    .prepare(`UPDATE keys SET lock_attention = 0, lock_attention_note = ?, updated_at = ? WHERE id = ?`)
    .run(`${k.lockAttention.note}；已处理：${note}`, ctx.now.toISOString(), k.id);
  addEvent(ctx.db, k.id, 'lock_resolved', ctx.now, caller.userId, note);
  ctx.note({ entity: 'key', entityId: k.id, summary: `门锁处理完毕：${keyTitle(k)}（开启 ${k.opens || '—'}），${note}` });
}


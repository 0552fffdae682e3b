import type { Database } from 'better-sqlite3';
import { DeskError } from '../../../src-shared/errors';
import type { KeyCategory, KeyEventRow, KeyKind, KeyRow, KeyStatus, LoanRow, LoanStatus } from '../../../src-shared/modules/keys';
import { cached } from '../../db/statements';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

interface RawKey {
  id: number;
  code: string;
  kind: string;
  name: string;
  category: string;
  unitId: number | null;
  place: string;
  opens: string;
  copies: number;
  ownCabinet: string;
  ownHook: string;
  ringCabinet: string | null;
  ringHook: string | null;
  status: string;
  ringId: number | null;
  ringCode: string | null;
  categoryName: string | null;
  memberCount: number;
  restricted: number;
  allowOutside: number;
  lockAttention: number;
  lockAttentionAt: string | null;
  lockAttentionNote: string;
  retiredAt: string | null;
  retiredReason: string;
  note: string;
  loanId: number | null;
  loanBorrower: string | null;
  loanLentAt: string | null;
  loanExpectedAt: string | null;
  allowedUsers: string;
}

/** A key's open loan is its own, or its ring's. */
export const KEY_SELECT = `SELECT k.id, k.code, k.kind, k.name, k.category,
    (SELECT c.name FROM key_categories c WHERE c.code = k.category) AS categoryName, k.unit_id AS unitId, k.place, k.opens_label AS opens, k.copies,
    k.cabinet AS ownCabinet, k.hook AS ownHook, r.cabinet AS ringCabinet, r.hook AS ringHook, k.status, k.ring_id AS ringId,
    r.code AS ringCode, (SELECT count(*) FROM keys m WHERE m.ring_id = k.id) AS memberCount, k.restricted,
    k.allow_outside AS allowOutside, k.lock_attention AS lockAttention, k.lock_attention_at AS lockAttentionAt,
    k.lock_attention_note AS lockAttentionNote, k.retired_at AS retiredAt, k.retired_reason AS retiredReason, k.note,
    l.id AS loanId, l.borrower_name AS loanBorrower, l.lent_at AS loanLentAt, l.expected_at AS loanExpectedAt,
    (SELECT json_group_array(json_object('id', a.id, 'name', a.name)) FROM (SELECT u.id, u.display_name AS name
      FROM key_allowed_users x JOIN users u ON u.id = x.user_id WHERE x.key_id = k.id ORDER BY u.id) a) AS allowedUsers
  FROM keys k LEFT JOIN keys r ON r.id = k.ring_id
  LEFT JOIN key_loans l ON l.status = 'open' AND l.key_id = coalesce(k.ring_id, k.id)`;

function toKey(r: RawKey, now: Date): KeyRow {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind as KeyKind,
    name: r.name,
    category: r.category as KeyCategory,
    categoryName: r.categoryName ?? r.category,
    unitId: r.unitId,
    place: r.place,
    opens: r.opens,
    copies: r.copies,
    cabinet: r.ringCabinet ?? r.ownCabinet,
    hook: r.ringHook ?? r.ownHook,
    status: r.status as KeyStatus,
    ringId: r.ringId,
    ringCode: r.ringCode,
    memberCount: r.memberCount,
    restricted: r.restricted === 1,
    allowOutside: r.allowOutside === 1,
    allowedUsers: JSON.parse(r.allowedUsers) as { id: number; name: string }[],
    lockAttention: r.lockAttention ? { at: r.lockAttentionAt ?? '', note: r.lockAttentionNote } : null,
    retired: r.retiredAt ? { at: r.retiredAt, reason: r.retiredReason } : null,
    note: r.note,
    currentLoan:
      r.loanId === null
        ? null
        : {
            loanId: r.loanId,
            borrower: r.loanBorrower ?? '',
            lentAt: r.loanLentAt ?? '',
            expectedAt: r.loanExpectedAt ?? '',
            overdue: (r.loanExpectedAt ?? '') < now.toISOString(),
          },
  };
}

/** Positional parameters, then optionally one object of named ones, as better-sqlite3 binds them. */
export function keysWhere(ctx: Ctx, where: string, ...params: unknown[]): KeyRow[] {
  const rows = cached(ctx.db, `${KEY_SELECT} WHERE ${where}`).all(...params) as RawKey[];
  return rows.map((r) => toKey(r, ctx.now));
}

export function keyById(ctx: Ctx, id: number): KeyRow | null {
  return keysWhere(ctx, 'k.id = ?', id)[0] ?? null;
}

export function mustFindKey(ctx: Ctx, id: number): KeyRow {
  const k = keyById(ctx, id);
  if (!k) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityKey') });
  return k;
}

/** A key by id, or by its tag code as scanned (`k-123`, `K000123` and `123` are all read as K-000123). */
export function findKey(ctx: Ctx, which: { id?: number; code: string }): KeyRow {
  if (which.id) return mustFindKey(ctx, which.id);
  const digits = which.code.replace(/^\s*K\s*-?\s*/i, '').trim();
  if (!/^\d{1,6}$/.test(digits)) {
    throw new DeskError('VALIDATION', {}, { code: msg(ctx, which.code ? 'codeShape' : 'codeOrId') });
  }
  const code = `K-${digits.padStart(6, '0')}`;
  const k = keysWhere(ctx, 'k.code = ?', code)[0];
  if (!k) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityCode', { code }) });
  return k;
}

export const membersOf = (ctx: Ctx, ringId: number): KeyRow[] => keysWhere(ctx, 'k.ring_id = ? ORDER BY k.id', ringId);

interface RawLoan extends Omit<LoanRow, 'keyKind' | 'keyCodes' | 'borrowerKind' | 'status' | 'overdue'> {
  keyKind: string;
  borrowerKind: string;
  status: string;
  keyCodes: string;
}

export const LOAN_SELECT = `SELECT l.id, l.key_id AS keyId, k.code AS keyCode, k.name AS keyName, k.kind AS keyKind,
    l.borrower_kind AS borrowerKind, l.borrower_user_id AS borrowerUserId, l.borrower_name AS borrowerName,
    l.borrower_phone AS borrowerPhone, l.borrower_id_tail AS borrowerIdTail, l.borrower_company AS borrowerCompany,
    l.reason, l.lent_at AS lentAt, ul.display_name AS lentBy, l.expected_at AS expectedAt, ua.display_name AS approvedBy,
    l.returned_at AS returnedAt, ur.display_name AS returnedBy, l.condition, l.status, l.lost_note AS lostNote,
    (SELECT json_group_array(c.code) FROM (SELECT x.code FROM key_loan_items i JOIN keys x ON x.id = i.key_id WHERE i.loan_id = l.id ORDER BY x.id) c) AS keyCodes
  FROM key_loans l JOIN keys k ON k.id = l.key_id JOIN users ul ON ul.id = l.lent_by
  LEFT JOIN users ua ON ua.id = l.approved_by LEFT JOIN users ur ON ur.id = l.returned_by`;

// Field by field: a raw row is a dictionary-mode object that V8 spreads slowly (docs/performance.md).
export function loansWhere(ctx: Ctx, where: string, ...params: unknown[]): LoanRow[] {
  const rows = cached(ctx.db, `${LOAN_SELECT} WHERE ${where}`).all(...params) as RawLoan[];
  const now = ctx.now.toISOString();
  return rows.map((r) => ({
    id: r.id,
    keyId: r.keyId,
    keyCode: r.keyCode,
    keyName: r.keyName,
    keyKind: r.keyKind as KeyKind,
    keyCodes: JSON.parse(r.keyCodes) as string[],
    borrowerKind: r.borrowerKind as LoanRow['borrowerKind'],
    borrowerUserId: r.borrowerUserId,
    borrowerName: r.borrowerName,
    borrowerPhone: r.borrowerPhone,
    borrowerIdTail: r.borrowerIdTail,
    borrowerCompany: r.borrowerCompany,
    reason: r.reason,
    lentAt: r.lentAt,
    lentBy: r.lentBy,
    expectedAt: r.expectedAt,
    approvedBy: r.approvedBy,
    returnedAt: r.returnedAt,
    returnedBy: r.returnedBy,
    condition: r.condition,
    status: r.status as LoanStatus,
    lostNote: r.lostNote,
    overdue: r.status === 'open' && r.expectedAt < now,
  }));
}

export function mustFindLoan(ctx: Ctx, id: number): LoanRow {
  const l = loansWhere(ctx, 'l.id = ?', id)[0];
  if (!l) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityLoan') });
  return l;
}

/** Loans of the key itself and those it went out with on its ring, newest first. */
export const loansOfKey = (ctx: Ctx, keyId: number): LoanRow[] =>
  loansWhere(ctx, 'l.id IN (SELECT loan_id FROM key_loan_items WHERE key_id = @k UNION SELECT id FROM key_loans WHERE key_id = @k) ORDER BY l.id DESC', {
    k: keyId,
  });

export function eventsOf(db: Database, keyId: number): KeyEventRow[] {
  return db
    .prepare(`SELECT e.kind, e.at, u.display_name AS by, e.note FROM key_events e JOIN users u ON u.id = e.by_user WHERE e.key_id = ? ORDER BY e.id`)
    .all(keyId) as KeyEventRow[];
}

/** Every change of a key also goes into its own history, shown on its detail page. */
export function addEvent(db: Database, keyId: number, kind: string, at: Date, by: number, note = ''): void {
  db.prepare('INSERT INTO key_events(key_id, kind, at, by_user, note) VALUES (?, ?, ?, ?, ?)').run(keyId, kind, at.toISOString(), by, note);
}

/** `K-000123 3栋设备房钥匙`: how audit summaries and refusals name a key. */
export const keyTitle = (k: { code: string; name: string }): string => `${k.code}（${k.name}）`;

import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { LoanReturnRow, LoanRow } from '../../../src-shared/modules/lending';
import { checkIdDocument, type IdDocType } from '../../../src-shared/rules/id-doc';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { nextDailyNo } from '../../db/daily-number';
import { resolvePerson, type PersonInput } from './person';
import { loanSearch } from './search';
import { typeById } from './types';
import type { MatchFragment } from '../../search/query';
import { cached, sqlLimit } from '../../db/statements';

type RawLoan = Omit<LoanRow, 'idType' | 'idNumberMasked' | 'overdue' | 'outQuantity' | 'returns'> & { idType: string | null; idNumber: string };

const LOAN_SELECT = `SELECT l.id, l.loan_no AS loanNo, l.type_id AS typeId, t.name AS typeName, l.quantity, l.occupant_id AS occupantId,
    l.room_label AS roomLabel, l.borrower_name AS borrowerName, l.borrower_phone AS borrowerPhone, l.id_type AS idType,
    l.id_number AS idNumber, l.lent_at AS lentAt, ul.display_name AS lentBy, l.due_at AS dueAt, l.remarks,
    l.returned_at AS returnedAt, ur.display_name AS returnedTo, l.return_condition AS returnCondition,
    coalesce((SELECT sum(r.quantity) FROM lending_returns r WHERE r.loan_id = l.id), 0) AS returnedQuantity
  FROM lending_loans l JOIN lending_types t ON t.id = l.type_id JOIN users ul ON ul.id = l.lent_by
  LEFT JOIN users ur ON ur.id = l.returned_by`;

/** A loan's condition as one text: the one return's, or each part's when it came back in parts. */
function conditionText(quantity: number, returns: LoanReturnRow[]): string {
  if (returns.length === 1 && returns[0].quantity === quantity) return returns[0].condition;
  return returns
    .filter((p) => p.condition)
    .map((p) => `${p.quantity} 件：${p.condition}`)
    .join('；');
}

/** The ID number never leaves main in clear: every row carries it masked. */
function toLoan(r: RawLoan, now: Date, returns: LoanReturnRow[]): LoanRow {
  const { idNumber, ...rest } = r;
  return {
    ...rest,
    idType: r.idType as IdDocType | null,
    idNumberMasked: idNumber ? maskIdNumber(idNumber) : '',
    overdue: r.returnedAt === null && r.dueAt < now.toISOString(),
    outQuantity: r.quantity - r.returnedQuantity,
    returns,
    returnCondition: conditionText(r.quantity, returns),
  };
}

/** The returns of these loans, oldest first, by loan id. */
function returnsOf(ctx: Ctx, loanIds: number[]): Map<number, LoanReturnRow[]> {
  const byLoan = new Map<number, LoanReturnRow[]>();
  if (!loanIds.length) return byLoan;
  const rows = ctx.db
    .prepare(
      `SELECT r.loan_id AS loanId, r.quantity, r.returned_at AS returnedAt, u.display_name AS returnedTo, r.condition
       FROM lending_returns r JOIN users u ON u.id = r.returned_by
       WHERE r.loan_id IN (SELECT value FROM json_each(?)) ORDER BY r.returned_at, r.id`,
    )
    .all(JSON.stringify(loanIds)) as (LoanReturnRow & { loanId: number })[];
  for (const { loanId, ...part } of rows) {
    const list = byLoan.get(loanId) ?? [];
    list.push(part);
    byLoan.set(loanId, list);
  }
  return byLoan;
}

/** Positional parameters, then optionally one object of named ones, as better-sqlite3 binds them. */
export function loansWhere(ctx: Ctx, where: string, ...params: unknown[]): LoanRow[] {
  const raw = cached(ctx.db, `${LOAN_SELECT} WHERE ${where}`).all(...params) as RawLoan[];
  const returns = returnsOf(ctx, raw.map((r) => r.id));
  return raw.map((r) => toLoan(r, ctx.now, returns.get(r.id) ?? []));
}

export function loanById(ctx: Ctx, id: number): LoanRow {
  const l = loansWhere(ctx, 'l.id = ?', id)[0];
  if (!l) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityLoan') });
  return l;
}

export interface LendInput extends PersonInput {
  typeId: number;
  quantity: number;
  idType?: IdDocType;
  idNumber: string;
  dueAt?: string;
  remarks: string;
}

/** The ID a type needs: type and number both given, and the number passes its document's check. */
function checkedId(ctx: Ctx, input: LendInput): { idType: IdDocType | null; idNumber: string } {
  if (!input.idType && !input.idNumber) return { idType: null, idNumber: '' };
  const fields: Record<string, string> = {};
  if (!input.idType) fields.idType = msg(ctx, 'idTypeRequired');
  if (!input.idNumber) fields.idNumber = msg(ctx, 'idNumberRequired');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  const type = input.idType as IdDocType;
  const check = checkIdDocument(type, input.idNumber, ctx.now);
  if (!check.ok) {
    const problems = check.problems.map((p) => translate(ctx.lang, `idProblems.${p}`)).join(msg(ctx, 'listSep'));
    throw new DeskError('VALIDATION', {}, { idNumber: msg(ctx, 'idInvalid', { problems }) });
  }
  return { idType: type, idNumber: check.normalized };
}

/** Lends `quantity` items of one type, refused when fewer are in stock or a needed ID is missing or invalid. */
export function lend(ctx: Ctx, input: LendInput): number {
  const caller = callerOf(ctx);
  const type = typeById(ctx, input.typeId);
  if (!type.active) throw new DeskError('VALIDATION', {}, { typeId: msg(ctx, 'typeRetired', { name: type.name }) });
  const person = resolvePerson(ctx, input);
  if (type.needsId && !input.idType && !input.idNumber) {
    throw new DeskError('VALIDATION', {}, { idNumber: msg(ctx, 'idNeeded', { name: type.name }) });
  }
  const id = checkedId(ctx, input);
  if (type.available < input.quantity) {
    throw new DeskError('OUT_OF_STOCK', { type: type.name, count: type.count, out: type.out, available: type.available, wanted: input.quantity });
  }
  const due = input.dueAt ? new Date(input.dueAt) : dayjs(ctx.now).add(type.loanHours, 'hour').toDate();
  if (due.getTime() <= ctx.now.getTime()) throw new DeskError('VALIDATION', {}, { dueAt: msg(ctx, 'dueInPast') });
  const no = nextDailyNo(ctx.db, 'lending_loans', 'loan_day', 'JY', ctx.now);
  const loanId = Number(
    ctx.db
      .prepare(
        `INSERT INTO lending_loans(loan_no, loan_day, seq, type_id, quantity, occupant_id, room_label, borrower_name, borrower_phone,
           id_type, id_number, lent_at, lent_by, due_at, remarks)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        no.no, no.day, no.seq, type.id, input.quantity, person.occupantId, person.roomLabel, person.name, person.phone,
        id.idType, id.idNumber, ctx.now.toISOString(), caller.userId, due.toISOString(), input.remarks,
      ).lastInsertRowid,
  );
  loanSearch.put(ctx.db, loanId, { no: no.no, roomLabel: person.roomLabel, name: person.name, phone: person.phone, extra: [type.name] });
  const idPart = id.idType ? `，${translate('zh-CN', `idTypes.${id.idType}`)} ${maskIdNumber(id.idNumber)}` : '';
  ctx.note({
    entity: 'lending_loan',
    entityId: loanId,
    summary: `便民借用 ${no.no}：${type.name} ×${input.quantity} 借给 ${person.roomLabel} ${person.name}${idPart}，应还 ${formatTime(due.toISOString())}`,
  });
  return loanId;
}

/**
 * Some or all of the items still out come back (default: all of them). Each part is recorded with its time, receptionist
 * and condition; the loan closes when the last one is back. Returning more than is out, or a closed loan, is refused.
 */
export function returnLoan(ctx: Ctx, id: number, condition: string, quantity?: number): LoanRow {
  const caller = callerOf(ctx);
  const loan = loanById(ctx, id);
  if (loan.returnedAt) {
    throw new DeskError('LENDING_CLOSED', { what: loan.loanNo, at: formatTime(loan.returnedAt), how: msg(ctx, 'returned') });
  }
  const back = quantity ?? loan.outQuantity;
  if (back > loan.outQuantity) {
    throw new DeskError('VALIDATION', {}, { quantity: msg(ctx, 'returnTooMany', { out: loan.outQuantity, wanted: back, type: loan.typeName }) });
  }
  const at = ctx.now.toISOString();
  ctx.db
    .prepare('INSERT INTO lending_returns(loan_id, quantity, returned_at, returned_by, condition) VALUES (?, ?, ?, ?, ?)')
    .run(id, back, at, caller.userId, condition);
  const left = loan.outQuantity - back;
  if (left === 0) {
    ctx.db
      .prepare('UPDATE lending_loans SET returned_at = ?, returned_by = ?, return_condition = ? WHERE id = ? AND returned_at IS NULL')
      .run(at, caller.userId, condition, id);
  }
  const late = loan.overdue ? '（逾期归还）' : '';
  const part = left > 0 ? `部分归还 ${back} 件，尚有 ${left} 件未还` : back < loan.quantity ? `归还余下 ${back} 件，已全部归还` : '';
  ctx.note({
    entity: 'lending_loan',
    entityId: id,
    summary: `便民借用归还 ${loan.loanNo}：${loan.typeName} ×${loan.quantity}${part ? `，${part}` : ''}，${loan.roomLabel} ${loan.borrowerName}${late}${condition ? `，状况：${condition}` : ''}`,
  });
  return loanById(ctx, id);
}

export interface LoanQuery {
  view: 'open' | 'overdue' | 'all';
  q: string;
  limit: number;
  before?: number;
}

/** Newest first, paged by id. */
export function searchLoans(ctx: Ctx, input: LoanQuery): LoanRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.view !== 'all') where.push('l.returned_at IS NULL');
  if (input.view === 'overdue') {
    where.push('l.due_at < ?');
    params.push(ctx.now.toISOString());
  }
  if (input.before) {
    where.push('l.id < ?');
    params.push(input.before);
  }
  const run = (match: MatchFragment | null, limit: number) => {
    const all = match ? [...where, `l.id IN (${match.sql})`] : where;
    return loansWhere(ctx, `${all.length ? all.join(' AND ') : '1'} ORDER BY l.id DESC ${sqlLimit(limit)}`, ...params, ...(match?.params ?? []));
  };
  if (!input.q) return run(null, input.limit);
  return loanSearch.page(ctx.db, input.q, input, run) ?? [];
}

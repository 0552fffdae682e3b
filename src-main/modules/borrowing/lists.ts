import dayjs from 'dayjs';
import type { BorrowRow, BorrowView } from '../../../src-shared/modules/borrowing';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerColumns, registerT } from '../registers/build';
import { approvableWhere, callerDepartmentId, today } from './counts';
import { requestsWhere } from './queries';
import { sqlLimit } from '../../db/statements';

/** A department head who is not also of the office or management reads only their own department's requests. */
function scope(ctx: Ctx): { sql: string; params: unknown[] } {
  const roles = ctx.caller?.roles ?? [];
  if (roles.some((r) => r === 'archivist' || r === 'office_director' || r === 'general_manager')) return { sql: '1', params: [] };
  const dept = callerDepartmentId(ctx);
  return { sql: '(r.required_department_id = ? OR d.department_id = ? OR r.borrower_department_id = ?)', params: [dept, dept, dept] };
}

export function listRequests(ctx: Ctx, view: BorrowView, before: number | null, limit: number): BorrowRow[] {
  const day = today(ctx.now);
  const where: string[] = [];
  const params: unknown[] = [];
  const s = scope(ctx);
  where.push(s.sql);
  params.push(...s.params);
  if (view === 'mine') {
    const w = approvableWhere(ctx);
    where.push(w.sql);
    params.push(...w.params);
  } else if (view === 'out') {
    where.push(`r.status = 'lent' AND r.due_date >= ?`);
    params.push(day);
  } else if (view === 'overdue') {
    where.push(`r.status = 'lent' AND r.due_date < ?`);
    params.push(day);
  } else if (view === 'rejected') where.push(`r.status IN ('rejected', 'cancelled')`);
  else if (view !== 'all') {
    where.push('r.status = ?');
    params.push(view);
  }
  if (before !== null) {
    where.push('r.id < ?');
    params.push(before);
  }
  return requestsWhere(ctx, `${where.join(' AND ')} ORDER BY r.id DESC ${sqlLimit(limit)}`, ...params);
}

export function followUps(ctx: Ctx, open: boolean): BorrowRow[] {
  const s = scope(ctx);
  return requestsWhere(ctx, `r.follow_up = 1 AND (? = 0 OR r.follow_up_closed_at IS NULL) AND ${s.sql} ORDER BY r.returned_at DESC, r.id DESC`, open ? 1 : 0, ...s.params);
}

/** The remarks cell: the condition checked on return with the borrower's explanation, the follow-up flag, or overdue. */
function remarksCell(t: ReturnType<typeof registerT>, r: BorrowRow): string {
  if (r.condition === 'damaged') return `${t('borrowing.damaged', { remarks: r.remarks })}${r.followUp ? t('borrowing.followUpMark') : ''}`;
  if (r.overdue) return t('borrowing.overdueMark');
  return r.remarks;
}

/** 文件、资料借阅登记表 QR-WD01-02-04 (000 §5.6.1): what was lent from..to, with numbers, dates, return and remarks. */
export function borrowingRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const start = dayjs(from).startOf('day').toISOString();
  const end = dayjs(to).endOf('day').toISOString();
  const rows = requestsWhere(ctx, 'r.lent_at BETWEEN ? AND ? ORDER BY r.lent_at, r.id', start, end);
  return buildRegister(ctx, {
    title: t('borrowing.registerTitle'),
    formNo: 'QR-WD01-02-04',
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: registerColumns(t, 'borrowing.col', { lentAt: 16, docNo: 14, drawingNo: 9, title: 19, borrower: 17, approvedBy: 8, dueDate: 10, returnedAt: 16, receivedBy: 8, borrowerSign: 10, remarks: 21 }),
    rows: rows.map((r) => ({
      lentAt: formatTime(r.lentAt),
      docNo: [r.docNo, r.indexNo].filter(Boolean).join(' / '),
      drawingNo: r.drawingNo,
      title: `${r.docTitle}（${r.level}级）`,
      borrower: [r.borrowerDepartment ?? r.borrowerUnit, r.borrowerName].filter(Boolean).join(' '),
      approvedBy: r.decidedBy ?? '',
      dueDate: r.dueDate,
      returnedAt: r.returnedAt ? formatTime(r.returnedAt) : r.overdue ? t('borrowing.overdueMark') : t('borrowing.notReturned'),
      receivedBy: [r.lentBy, r.receivedBy].filter(Boolean).join(' / '),
      borrowerSign: '',
      remarks: remarksCell(t, r),
    })),
    signatures: [t('borrowing.sign.drafter'), t('borrowing.sign.reviewer'), t('borrowing.sign.approver')],
    fileStem: `文件资料借阅登记表-${from}-${to}`,
  });
}

import type { KeyStatistics, KeyStatisticsRow, LoanRow } from '../../../src-shared/modules/keys';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, periodOf, registerColumns, registerT } from '../registers/build';
import { loansWhere } from './queries';

/**
 * 钥匙统计表, counted from the keys as they are now: per category and cabinet (a ring's keys in the ring's cabinet),
 * tags and copies, and copies in, out and lost. Rings are containers and retired keys are gone: neither is counted.
 */
export function keyStatistics(ctx: Ctx): KeyStatistics {
  const raw = ctx.db
    .prepare(
      `SELECT k.category, c.name AS categoryName, c.sort, coalesce(r.cabinet, k.cabinet) AS cabinet, count(*) AS keys, sum(k.copies) AS copies,
         sum(CASE WHEN k.status = 'in' THEN k.copies ELSE 0 END) AS "in",
         sum(CASE WHEN k.status = 'out' THEN k.copies ELSE 0 END) AS "out",
         sum(CASE WHEN k.status = 'lost' THEN k.copies ELSE 0 END) AS lost
       FROM keys k LEFT JOIN keys r ON r.id = k.ring_id JOIN key_categories c ON c.code = k.category
       WHERE k.kind = 'key' AND k.status <> 'retired'
       GROUP BY k.category, coalesce(r.cabinet, k.cabinet)`,
    )
    .all() as (KeyStatisticsRow & { sort: number })[];
  // In the desk's order of categories (`key_categories.sort`), then by cabinet.
  const rows: KeyStatisticsRow[] = raw
    .sort((a, b) => a.sort - b.sort || a.category.localeCompare(b.category) || a.cabinet.localeCompare(b.cabinet, 'zh-CN'))
    .map(({ sort: _sort, ...r }) => r);
  const totals = { keys: 0, copies: 0, in: 0, out: 0, lost: 0 };
  for (const r of rows) {
    totals.keys += r.keys;
    totals.copies += r.copies;
    totals.in += r.in;
    totals.out += r.out;
    totals.lost += r.lost;
  }
  return { rows, totals };
}

export function statisticsRegister(ctx: Ctx): RegisterData {
  const t = registerT(ctx);
  const s = keyStatistics(ctx);
  const line = (r: Omit<KeyStatisticsRow, 'category'>) => ({
    category: r.categoryName,
    cabinet: r.cabinet || t('keys.noCabinet'),
    keys: String(r.keys),
    copies: String(r.copies),
    in: String(r.in),
    out: String(r.out),
    lost: String(r.lost),
  });
  const data = buildRegister(ctx, {
    title: t('keys.statisticsTitle'),
    periodLabel: t('keys.statisticsPeriod', { at: formatTime(ctx.now.toISOString()) }),
    columns: [
      { key: 'category', label: t('keys.col.category'), width: 14 },
      { key: 'cabinet', label: t('keys.col.cabinet'), width: 14 },
      { key: 'keys', label: t('keys.col.tags'), width: 10 },
      { key: 'copies', label: t('keys.col.copies'), width: 10 },
      { key: 'in', label: t('keys.col.in'), width: 10 },
      { key: 'out', label: t('keys.col.out'), width: 10 },
      { key: 'lost', label: t('keys.col.lost'), width: 10 },
    ],
    rows: s.rows.map(line),
    fileStem: `钥匙统计表-${formatTime(ctx.now.toISOString()).slice(0, 10)}`,
  });
  // The totals line is not a numbered row.
  data.rows.push({ no: '', ...line({ ...s.totals, categoryName: t('keys.total'), cabinet: '—' }) });
  return data;
}

function borrowerCell(l: LoanRow): string {
  if (l.borrowerKind === 'staff') return l.borrowerName;
  return [l.borrowerCompany, l.borrowerName, l.borrowerPhone, `尾号 ${l.borrowerIdTail}`].filter(Boolean).join(' ');
}

/** 钥匙借用登记表: loans made from..to (desk days), with their return, condition and approver. Landscape. */
export function loansRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const loans = loansWhere(ctx, 'l.lent_day BETWEEN ? AND ? ORDER BY l.lent_at, l.id', from, to);
  return buildRegister(ctx, {
    title: t('keys.loansTitle'),
    orientation: 'landscape',
    ...periodOf(t, '钥匙借用登记表', from, to),
    columns: registerColumns(t, 'keys.col', { lentAt: 15, key: 20, borrower: 22, reason: 14, expected: 15, returnedAt: 15, condition: 14, approver: 8, lentBy: 8 }),
    rows: loans.map((l) => ({
      lentAt: formatTime(l.lentAt),
      key: `${l.keyCode} ${l.keyName}${l.keyKind === 'ring' ? `（${l.keyCodes.length - 1} 把）` : ''}`,
      borrower: borrowerCell(l),
      reason: l.reason,
      expected: formatTime(l.expectedAt),
      returnedAt: l.status === 'open' ? (l.overdue ? t('keys.overdueMark') : '') : l.status === 'lost' ? t('keys.status.lost') : formatTime(l.returnedAt),
      condition: l.status === 'lost' ? l.lostNote : l.condition,
      approver: l.approvedBy ?? '',
      lentBy: l.lentBy,
    })),
  });
}

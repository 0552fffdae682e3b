import type { LoanRow } from '../../../src-shared/modules/lending';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { maskPhone } from '../../../src-shared/rules/text';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, periodOf, registerColumns, registerT } from '../registers/build';
import { loansWhere } from './loans';
import { storageWhere } from './storage';

/** The return column: the time it all came back, each part's when it came back in parts, and what is still out. */
function returnedText(t: ReturnType<typeof registerT>, l: LoanRow): string {
  const parts = l.returns.length > 1 || (l.returns.length === 1 && l.returnedAt === null)
    ? l.returns.map((p) => t('lending.partReturn', { at: formatTime(p.returnedAt), count: p.quantity }))
    : [];
  if (l.returnedAt) return parts.length ? parts.join('；') : formatTime(l.returnedAt);
  const state = l.overdue ? t('lending.overdueMark') : t('lending.outMark');
  const open = parts.length ? `${l.overdue ? `${state} ` : ''}${t('lending.partOutMark', { out: l.outQuantity, back: l.returnedQuantity })}` : state;
  return [...parts, open].join('；');
}

/** 便民借用登记表: loans lent from..to, with the (masked) ID where one was registered, and their return. Landscape. */
export function lendingRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const loans = loansWhere(ctx, 'l.loan_day BETWEEN ? AND ? ORDER BY l.lent_at, l.id', from, to);
  return buildRegister(ctx, {
    title: t('lending.registerTitle'),
    orientation: 'landscape',
    ...periodOf(t, '便民借用登记表', from, to),
    columns: registerColumns(t, 'lending.col', { loanNo: 15, item: 12, borrower: 20, phone: 12, idNumber: 18, lentAt: 14, dueAt: 14, returnedAt: 14, condition: 14, lentBy: 8 }),
    rows: loans.map((l) => ({
      loanNo: l.loanNo,
      item: `${l.typeName} ×${l.quantity}`,
      borrower: [l.roomLabel, l.borrowerName].filter(Boolean).join(' '),
      phone: maskPhone(l.borrowerPhone),
      idNumber: l.idType ? `${t(`idTypes.${l.idType}`)} ${l.idNumberMasked}` : '',
      lentAt: formatTime(l.lentAt),
      dueAt: formatTime(l.dueAt),
      returnedAt: returnedText(t, l),
      condition: l.returnCondition,
      lentBy: l.lentBy,
    })),
  });
}

/** 物品寄存登记表: items stored from..to and who collected them. Landscape. */
export function storageRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const items = storageWhere(ctx, 's.storage_day BETWEEN ? AND ? ORDER BY s.stored_at, s.id', from, to);
  return buildRegister(ctx, {
    title: t('lending.storageRegisterTitle'),
    orientation: 'landscape',
    ...periodOf(t, '物品寄存登记表', from, to),
    columns: registerColumns(t, 'lending.col', { storageNo: 15, owner: 20, phone: 12, description: 20, place: 10, storedAt: 14, storedBy: 8, handedBackAt: 14, collector: 10 }),
    rows: items.map((s) => ({
      storageNo: s.storageNo,
      owner: [s.roomLabel, s.ownerName].filter(Boolean).join(' '),
      phone: maskPhone(s.ownerPhone),
      description: `${s.description} ×${s.count}`,
      place: s.place,
      storedAt: formatTime(s.storedAt),
      storedBy: s.storedBy,
      handedBackAt: s.handedBackAt ? formatTime(s.handedBackAt) : s.longStored ? t('lending.longStoredMark', { days: s.storedDays }) : t('lending.keptMark'),
      collector: s.collectorName ?? '',
    })),
  });
}

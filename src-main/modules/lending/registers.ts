import type { LoanRow } from '../../../src-shared/modules/lending';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { maskPhone } from '../../../src-shared/rules/text';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerT } from '../registers/build';
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
    periodLabel: t('registers.periodRange', { from, to }),
    columns: [
      { key: 'loanNo', label: t('lending.col.loanNo'), width: 15 },
      { key: 'item', label: t('lending.col.item'), width: 12 },
      { key: 'borrower', label: t('lending.col.borrower'), width: 20 },
      { key: 'phone', label: t('lending.col.phone'), width: 12 },
      { key: 'idNumber', label: t('lending.col.idNumber'), width: 18 },
      { key: 'lentAt', label: t('lending.col.lentAt'), width: 14 },
      { key: 'dueAt', label: t('lending.col.dueAt'), width: 14 },
      { key: 'returnedAt', label: t('lending.col.returnedAt'), width: 14 },
      { key: 'condition', label: t('lending.col.condition'), width: 14 },
      { key: 'lentBy', label: t('lending.col.lentBy'), width: 8 },
    ],
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
    fileStem: `便民借用登记表-${from}-${to}`,
  });
}

/** 物品寄存登记表: items stored from..to and who collected them. Landscape. */
export function storageRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const items = storageWhere(ctx, 's.storage_day BETWEEN ? AND ? ORDER BY s.stored_at, s.id', from, to);
  return buildRegister(ctx, {
    title: t('lending.storageRegisterTitle'),
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: [
      { key: 'storageNo', label: t('lending.col.storageNo'), width: 15 },
      { key: 'owner', label: t('lending.col.owner'), width: 20 },
      { key: 'phone', label: t('lending.col.phone'), width: 12 },
      { key: 'description', label: t('lending.col.description'), width: 20 },
      { key: 'place', label: t('lending.col.place'), width: 10 },
      { key: 'storedAt', label: t('lending.col.storedAt'), width: 14 },
      { key: 'storedBy', label: t('lending.col.storedBy'), width: 8 },
      { key: 'handedBackAt', label: t('lending.col.handedBackAt'), width: 14 },
      { key: 'collector', label: t('lending.col.collector'), width: 10 },
    ],
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
    fileStem: `物品寄存登记表-${from}-${to}`,
  });
}

import type { TFunction } from 'i18next';
import type { BorrowRow } from '../../../src-shared/modules/borrowing';

/** 综合管理部 王建华 / 阳光派出所 张警官 / 3栋2单元1203 王建华: the borrower as lists and dialogs show them. */
export const borrowerText = (t: TFunction, r: BorrowRow): string =>
  `${t(`borrowing.borrowerTypes.${r.borrowerType}`)}：${[r.borrowerDepartment ?? r.borrowerUnit, r.borrowerName].filter(Boolean).join(' ')}`;

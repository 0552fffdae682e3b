import dayjs from 'dayjs';
import { keySearch } from '../../../src-main/modules/keys/search';
import { chineseName, dayOf, inChunks, iso, phone, type GenContext } from './common';
import type { Directory } from './directory';

const CATEGORIES: [code: string, name: string, what: string][] = [
  ['unit', '单元', ''],
  ['plant_room', '设备房', '配电房'],
  ['public_area', '公共区域', '天台门'],
  ['cabinet', '柜锁', '消防柜'],
];
const REASONS = ['维修入户', '设备巡检', '业主委托开门', '保洁', '装修验收'];

/** Keys on hooks of cabinets A–E (mostly unit keys), then loans over the last `days`, the latest few still out. */
export function generateKeys(g: GenContext, dir: Directory, keyCount: number, loanCount: number, days: number): void {
  const at = iso(g.now);
  const addKey = g.db.prepare(
    `INSERT INTO keys(id, seq, code, kind, name, category, unit_id, place, opens_label, cabinet, hook, status, created_at, created_by, updated_at)
     VALUES (?, ?, ?, 'key', ?, ?, ?, ?, ?, ?, ?, 'in', ?, ?, ?)`,
  );
  inChunks(g.db, keyCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const [category, categoryName, what] = i % 5 === 0 ? CATEGORIES[1 + (i % 3)] : CATEGORIES[0];
      const unit = dir.units[i % dir.units.length];
      const opens = category === 'unit' ? unit.label : `${unit.buildingName}${what}`;
      const code = `K-${String(i + 1).padStart(6, '0')}`;
      const name = category === 'unit' ? `${unit.label}入户门` : `${opens}钥匙`;
      const cabinet = `${'ABCDE'[i % 5]}柜`;
      addKey.run(i + 1, i + 1, code, name, category, category === 'unit' ? unit.id : null, category === 'unit' ? '' : opens, opens,
        cabinet, String((i % 200) + 1), at, g.userId, at);
      keySearch.put(g.db, i + 1, { code, name, opens, cabinet, categoryName });
    }
  });
  const openLoans = Math.min(50, Math.floor(keyCount / 2));
  const addLoan = g.db.prepare(
    `INSERT INTO key_loans(id, key_id, borrower_kind, borrower_name, borrower_phone, borrower_company, reason, lent_at, lent_day, lent_by,
       expected_at, status, returned_at, returned_by, condition)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addItem = g.db.prepare('INSERT INTO key_loan_items(loan_id, key_id) VALUES (?, ?)');
  const markOut = g.db.prepare(`UPDATE keys SET status = 'out' WHERE id = ?`);
  const start = dayjs(g.now).subtract(days, 'day');
  inChunks(g.db, loanCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const keyId = (i % keyCount) + 1;
      const lentAt = start.add(Math.floor((i / loanCount) * days * 24 * 60), 'minute').toDate();
      const open = i >= loanCount - openLoans;
      const outside = g.r.next() < 0.3;
      addLoan.run(
        i + 1, keyId, outside ? 'outside' : 'staff', chineseName(g.r), outside ? phone(g.r) : '', outside ? '顺达装饰工程有限公司' : '',
        g.r.pick(REASONS), iso(lentAt), dayOf(lentAt), g.userId, iso(dayjs(lentAt).add(4, 'hour').toDate()), open ? 'open' : 'returned',
        open ? null : iso(dayjs(lentAt).add(2, 'hour').toDate()), open ? null : g.userId, open ? '' : '完好',
      );
      addItem.run(i + 1, keyId);
      if (open) markOut.run(keyId);
    }
  });
}

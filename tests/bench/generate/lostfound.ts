import dayjs from 'dayjs';
import { itemSearch } from '../../../src-main/modules/lostfound/search';
import { chineseName, dayOf, inChunks, iso, phone, type GenContext } from './common';

const ITEMS: [name: string, category: string, features: string][] = [
  ['黑色钱包', 'cash_valuables', '皮质，内有银行卡两张'],
  ['华为手机', 'phones_electronics', '蓝色手机壳，屏幕有裂痕'],
  ['雨伞', 'other', '黑色折叠伞'],
  ['钥匙串', 'keys', '三把钥匙，挂小熊挂件'],
  ['身份证', 'documents', '居民身份证一张'],
  ['双肩包', 'bags', '灰色，内有笔记本'],
  ['儿童外套', 'clothing', '红色，约120码'],
];
const PLACES = ['1栋大堂', '地下车库B区', '2栋电梯厅', '小区东门', '会所前台', '儿童游乐区'];

/** Found items over `days`; the latest 5 % still in custody, the rest claimed by their owners. */
export function generateLostFound(g: GenContext, count: number, days: number): void {
  const start = dayjs(g.now).subtract(days, 'day');
  const add = g.db.prepare(
    `INSERT INTO lostfound_items(id, item_no, intake_day, seq, name, category, quantity, features, found_at, found_day, found_place,
       notice_place, finder_kind, finder_name, finder_phone, high_value, place_id, status, closed_at, closed_by, receiver_name,
       expires_at, registered_at, registered_by)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '大堂公告栏', ?, ?, ?, 0, 2, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let lastDay = '';
  let seq = 0;
  inChunks(g.db, count, (from, to) => {
    for (let i = from; i < to; i++) {
      const at = start.add(Math.floor(((i + 1) / count) * days * 24 * 60) - 1, 'minute').toDate();
      const day = dayOf(at);
      seq = day === lastDay ? seq + 1 : 1;
      lastDay = day;
      const [name, category, features] = ITEMS[i % ITEMS.length];
      const open = i >= count * 0.95;
      const finder = chineseName(g.r);
      const finderPhone = phone(g.r);
      const no = `SW-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`;
      const place = PLACES[g.r.int(PLACES.length)];
      add.run(
        i + 1, no, day, seq, name, category, features, iso(at), day, place, i % 2 ? 'staff' : 'visitor', finder, finderPhone,
        open ? 'in_custody' : 'claimed', open ? null : iso(at), open ? null : g.userId, open ? null : chineseName(g.r),
        iso(dayjs(at).add(90, 'day').toDate()), iso(at), g.userId,
      );
      itemSearch.put(g.db, i + 1, { no, name, text: features, place, person: finder, phone: finderPhone });
    }
  });
}

import dayjs from 'dayjs';
import { mailSearch } from '../../../src-main/modules/mail/search';
import { dayOf, inChunks, iso, type GenContext } from './common';
import type { Directory } from './directory';

export const CARRIERS = ['SF', 'JD', 'ZTO'] as const;

/**
 * A tracking number that courier `i % 3` really prints and couriers.ts recognises. The 12 digits are i scrambled by a
 * multiplier prime to 10^12 (a bijection, so unique for every i) and look as random as real waybills, whose trigrams
 * are not all `000`.
 */
export function trackingNo(i: number): { carrier: (typeof CARRIERS)[number]; trackingNo: string } {
  const carrier = CARRIERS[i % 3];
  const digits = String((i * 982_451_653 + 12_345_678_901) % 1_000_000_000_000).padStart(12, '0');
  if (carrier === 'SF') return { carrier, trackingNo: `SF${digits}` };
  if (carrier === 'JD') return { carrier, trackingNo: `JDV${digits}` };
  return { carrier, trackingNo: `7${3 + (i % 7)}${digits}` };
}

const SHELVES = [
  { id: 1, code: 'A', levels: 5 },
  { id: 2, code: 'B', levels: 5 },
  { id: 3, code: 'C', levels: 3 },
];

/** Parcels spread over `days`: those of the last two days half still on the shelf, the rest picked up. */
export function generateMail(g: GenContext, dir: Directory, count: number, days: number): void {
  const today = dayjs(g.now).startOf('day');
  const perDay = count / days;
  const add = g.db.prepare(
    `INSERT INTO mail_items(id, kind, tracking_no, carrier, occupant_id, unit_id, unit_label, recipient_name, recipient_phone, matched,
       shelf_id, shelf_code, shelf_level, serial, pickup_code, status, received_at, received_day, received_by, closed_at, closed_by)
     VALUES (?, 'parcel', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  inChunks(g.db, count, (from, to) => {
    for (let i = from; i < to; i++) {
      const dayIndex = Math.floor(i / perDay);
      const day = today.subtract(days - 1 - dayIndex, 'day');
      const recent = dayIndex >= days - 2;
      const span = dayIndex === days - 1 ? dayjs(g.now).diff(day.hour(8), 'minute') : 600;
      const at = day.hour(8).add(Math.floor(((i - Math.ceil(dayIndex * perDay)) / perDay) * span), 'minute').toDate();
      const open = recent && g.r.next() < 0.5;
      const closedAt = dayjs(at).add(1 + g.r.int(30), 'hour');
      const shelf = SHELVES[i % 3];
      const level = 1 + (i % shelf.levels);
      const serial = (i % 9999) + 1;
      const o = dir.occupants[g.r.int(dir.occupants.length)];
      const t = trackingNo(i);
      const pickupCode = `${shelf.code}-${level}-${String(serial).padStart(4, '0')}`;
      add.run(
        i + 1, t.trackingNo, t.carrier, o.id, o.unit.id, o.unit.label, o.name, o.phone, shelf.id, shelf.code, level, serial, pickupCode,
        open ? 'waiting' : 'picked_up', iso(at), dayOf(at), g.userId,
        open ? null : iso(closedAt.isAfter(g.now) ? g.now : closedAt.toDate()),
        open ? null : g.userId,
      );
      mailSearch.put(g.db, i + 1, { trackingNo: t.trackingNo, pickupCode, unitLabel: o.unit.label, recipientName: o.name, recipientPhone: o.phone, sender: '' });
    }
  });
  // The desk's next serial continues after the generated ones.
  g.db.prepare(`INSERT OR REPLACE INTO mail_counters(name, value) VALUES ('serial', ?)`).run(count % 9999);
}

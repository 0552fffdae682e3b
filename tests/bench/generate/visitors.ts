import dayjs from 'dayjs';
import { maskIdNumber, maskPhone } from '../../../src-shared/rules/text';
import { personSearch, visitSearch } from '../../../src-main/modules/visitors/search';
import { chineseName, COMPANIES, dayOf, idNumber, inChunks, iso, phone, plate, type GenContext } from './common';
import type { Directory } from './directory';

const PURPOSES = ['探亲访友', '商务洽谈', '送货', '维修施工', '面试', '家政服务'];
/** Visits of today still open: the on-site list of a busy morning. */
export const OPEN_TODAY = 30;

interface Person {
  id: number;
  name: string;
  idNumber: string;
  phone: string;
  company: string;
  plate: string;
}

/**
 * Returning visitors, then visits spread evenly over `days` up to the pinned now, each by one of those people.
 * Visits older than the 180-day retention are stored purged, as the desk's own job leaves them (ID and phone masked,
 * no tails in the index); today's last few are still on site.
 */
export function generateVisitors(g: GenContext, dir: Directory, peopleCount: number, visitCount: number, days: number): void {
  const people: Person[] = [];
  const addPerson = g.db.prepare(
    `INSERT INTO visitor_people(id, person_key, name, id_type, id_number, phone, company, plate, visit_count, last_seen_at)
     VALUES (?, ?, ?, 'resident_id', ?, ?, ?, ?, 0, ?)`,
  );
  // person_key is unique: a random ID number drawn twice (about 6 times in 50,000) is drawn again.
  const seen = new Set<string>();
  const freshId = (): string => {
    let id = idNumber(g.r);
    while (seen.has(id)) id = idNumber(g.r);
    seen.add(id);
    return id;
  };
  inChunks(g.db, peopleCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const p: Person = {
        id: i + 1,
        name: chineseName(g.r),
        idNumber: freshId(),
        phone: phone(g.r),
        company: g.r.next() < 0.4 ? g.r.pick(COMPANIES) : '',
        plate: g.r.next() < 0.3 ? plate(g.r) : '',
      };
      addPerson.run(p.id, `id:resident_id:${p.idNumber}`, p.name, p.idNumber, p.phone, p.company, p.plate, iso(g.now));
      personSearch.put(g.db, p.id, { ...p, purged: false });
      people.push(p);
    }
  });

  const today = dayjs(g.now).startOf('day');
  const purgeBefore = dayjs(g.now).subtract(180, 'day');
  const perDay = visitCount / days;
  const addVisit = g.db.prepare(
    `INSERT INTO visits(id, visit_no, visit_day, seq, person_id, name, id_type, id_number, phone, company, purpose, unit_id, unit_label,
       building_id, building_name, occupant_id, host_name, party_size, plate, checked_in_at, checked_in_by, checked_out_at,
       checked_out_by, checkout_kind, purged)
     VALUES (?, ?, ?, ?, ?, ?, 'resident_id', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let lastDay = '';
  let seq = 0;
  inChunks(g.db, visitCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const dayIndex = Math.floor(i / perDay);
      const day = today.subtract(days - 1 - dayIndex, 'day');
      const isToday = dayIndex === days - 1;
      // Today's visits arrive between 08:00 and now, in order; older days between 08:00 and 18:00.
      const span = isToday ? dayjs(g.now).diff(day.hour(8), 'minute') : 600;
      const within = (i - Math.ceil(dayIndex * perDay)) / perDay;
      const inAt = day.hour(8).add(Math.floor(within * span), 'minute').toDate();
      const open = isToday && i >= visitCount - OPEN_TODAY;
      const outAt = open ? null : dayjs(inAt).add(20 + g.r.int(100), 'minute').toDate();
      const visitDay = dayOf(inAt);
      seq = visitDay === lastDay ? seq + 1 : 1;
      lastDay = visitDay;
      const p = people[g.r.int(people.length)];
      const host = dir.occupants[g.r.int(dir.occupants.length)];
      const purged = dayjs(inAt).isBefore(purgeBefore);
      const v = {
        visitNo: `FK-${visitDay.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`,
        name: p.name, company: p.company, plate: p.plate, unitLabel: host.unit.label, hostName: host.name,
        idNumber: purged ? maskIdNumber(p.idNumber) : p.idNumber, phone: purged ? maskPhone(p.phone) : p.phone, purged,
      };
      addVisit.run(
        i + 1, v.visitNo, visitDay, seq, p.id, v.name, v.idNumber, v.phone, v.company, g.r.pick(PURPOSES), host.unit.id, v.unitLabel,
        host.unit.buildingId, host.unit.buildingName, host.id, v.hostName, 1 + (g.r.next() < 0.2 ? g.r.int(3) : 0), v.plate, iso(inAt),
        g.userId, outAt && (outAt > g.now ? iso(g.now) : iso(outAt)), outAt && g.userId, outAt && 'desk', purged ? 1 : 0,
      );
      visitSearch.put(g.db, i + 1, v);
    }
  });
  g.db.prepare(`UPDATE visitor_people SET visit_count = (SELECT count(*) FROM visits WHERE person_id = visitor_people.id)`).run();
}

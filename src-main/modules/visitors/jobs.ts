import type { Database } from 'better-sqlite3';
import dayjs from 'dayjs';
import { maskIdNumber, maskPhone } from '../../../src-shared/rules/text';
import { personSearch, visitSearch } from './search';
import { readVisitSettings } from './settings';

/** The first end-of-day time (`HH:mm`, local) strictly after `checkedInAt`. */
export function endOfDayAfter(checkedInAt: string, time: string): dayjs.Dayjs {
  const [h, m] = time.split(':').map(Number);
  const arrived = dayjs(checkedInAt);
  const sameDay = arrived.hour(h).minute(m).second(0).millisecond(0);
  return sameDay.isAfter(arrived) ? sameDay : sameDay.add(1, 'day');
}

/**
 * Closes every visit still open at its end-of-day time. The check-out time is that end-of-day time, marked `auto`
 * and with nobody as the one who checked them out: staff must see that the visitor never signed out.
 */
export function closeForgottenVisits(db: Database, now: Date): { closed: number; visitNos: string[] } {
  const { autoCheckOutTime } = readVisitSettings(db);
  const open = db.prepare('SELECT id, visit_no AS visitNo, checked_in_at AS checkedInAt FROM visits WHERE checked_out_at IS NULL ORDER BY checked_in_at').all() as {
    id: number;
    visitNo: string;
    checkedInAt: string;
  }[];
  const close = db.prepare(`UPDATE visits SET checked_out_at = ?, checkout_kind = 'auto' WHERE id = ? AND checked_out_at IS NULL`);
  const visitNos: string[] = [];
  for (const v of open) {
    const cutoff = endOfDayAfter(v.checkedInAt, autoCheckOutTime);
    if (cutoff.isAfter(now)) continue;
    close.run(cutoff.toISOString(), v.id);
    visitNos.push(v.visitNo);
  }
  return { closed: visitNos.length, visitNos };
}

export interface PurgeResult {
  visits: number;
  people: number;
  /** Visits that started before this instant were purged. */
  before: string;
}

/**
 * Irreversibly masks the ID numbers and phones of visits older than the retention, and of returning-visitor records
 * not seen since; their phone and ID tails leave the search index. Names, times and hosts stay: the register is kept,
 * the personal numbers are not.
 */
export function purgeOldVisits(db: Database, now: Date): PurgeResult {
  const { retentionDays } = readVisitSettings(db);
  const before = dayjs(now).subtract(retentionDays, 'day').toISOString();
  const visits = db
    .prepare(
      `SELECT id, visit_no AS visitNo, name, company, plate, unit_label AS unitLabel, host_name AS hostName, id_number AS idNumber, phone
       FROM visits WHERE purged = 0 AND checked_in_at < ? AND checked_out_at IS NOT NULL`,
    )
    .all(before) as { id: number; visitNo: string; name: string; company: string; plate: string; unitLabel: string; hostName: string; idNumber: string; phone: string }[];
  const maskVisit = db.prepare('UPDATE visits SET id_number = ?, phone = ?, purged = 1 WHERE id = ?');
  for (const v of visits) {
    maskVisit.run(maskIdNumber(v.idNumber), maskPhone(v.phone), v.id);
    visitSearch.put(db, v.id, { ...v, purged: true });
  }
  const people = db
    .prepare(`SELECT id, name, company, id_number AS idNumber, phone FROM visitor_people WHERE purged = 0 AND last_seen_at < ?`)
    .all(before) as { id: number; name: string; company: string; idNumber: string; phone: string }[];
  const maskPerson = db.prepare(`UPDATE visitor_people SET id_number = ?, phone = ?, person_key = 'purged:' || id, purged = 1 WHERE id = ?`);
  for (const p of people) {
    maskPerson.run(maskIdNumber(p.idNumber), maskPhone(p.phone), p.id);
    personSearch.put(db, p.id, { ...p, purged: true });
  }
  return { visits: visits.length, people: people.length, before };
}

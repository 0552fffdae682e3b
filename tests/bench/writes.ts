import type { Database } from 'better-sqlite3';
import { mailSearch } from '../../src-main/modules/mail/search';
import { visitSearch } from '../../src-main/modules/visitors/search';
import { chineseName, idNumber, phone, rng } from './generate/common';
import type { Directory } from './generate/directory';
import { trackingNo } from './generate/mail';
import type { Probe } from './queries';

/** Raw rows go on a day no register or list asks for, so they never disturb the other figures. */
const RAW_DAY = '2099-01-01';

/**
 * The two writes of issue 10 — a visitor checks in, a parcel is signed in — each a new person or parcel. The raw
 * reference is the row's INSERT and its search-index `put` in one transaction: the least any such write can do.
 */
export function writeProbes(db: Database, dir: Directory, reps: number, userId: number): Probe[] {
  // Past every parcel, visitor and raw visit already in the store, so a kept data set can be measured again.
  const parcels = (db.prepare('SELECT max(id) FROM mail_items').pluck().get() as number | null) ?? 0;
  const r = rng(4242 + ((db.prepare('SELECT max(id) FROM visits').pluck().get() as number | null) ?? 0));
  const rawVisits = db.prepare('SELECT count(*) FROM visits WHERE visit_day = ?').pluck().get(RAW_DAY) as number;
  const visitor = (i: number) => {
    const o = dir.occupants[(i * 7) % dir.occupants.length];
    return { name: chineseName(r), idNumber: idNumber(r), phone: phone(r), host: o };
  };
  const addVisit = db.prepare(
    `INSERT INTO visits(visit_no, visit_day, seq, name, id_type, id_number, phone, purpose, unit_id, unit_label, occupant_id, host_name,
       checked_in_at, checked_in_by, checked_out_at, checked_out_by, checkout_kind)
     VALUES (?, ?, ?, ?, 'resident_id', ?, ?, '探亲访友', ?, ?, ?, ?, ?, ?, ?, ?, 'desk')`,
  );
  const rawVisit = db.transaction((i: number) => {
    const v = visitor(i);
    const no = `FK-${RAW_DAY.replace(/-/g, '')}-${String(rawVisits + i + 1).padStart(4, '0')}`;
    const at = `${RAW_DAY}T02:00:00.000Z`;
    const id = addVisit.run(no, RAW_DAY, rawVisits + i + 1, v.name, v.idNumber, v.phone, v.host.unit.id, v.host.unit.label, v.host.id, v.host.name, at, userId, at, userId)
      .lastInsertRowid as number;
    visitSearch.put(db, id, { visitNo: no, name: v.name, company: '', plate: '', unitLabel: v.host.unit.label, hostName: v.host.name, phone: v.phone, idNumber: v.idNumber, purged: false });
  });
  const addParcel = db.prepare(
    `INSERT INTO mail_items(kind, tracking_no, carrier, occupant_id, unit_id, unit_label, recipient_name, recipient_phone, matched,
       status, received_at, received_day, received_by, closed_at, closed_by)
     VALUES ('parcel', ?, ?, ?, ?, ?, ?, ?, 1, 'picked_up', ?, ?, ?, ?, ?)`,
  );
  const rawParcel = db.transaction((i: number) => {
    const t = trackingNo(parcels + 100_000 + i);
    const o = dir.occupants[(i * 11) % dir.occupants.length];
    const at = `${RAW_DAY}T02:00:00.000Z`;
    const id = addParcel.run(t.trackingNo, t.carrier, o.id, o.unit.id, o.unit.label, o.name, o.phone, at, RAW_DAY, userId, at, userId).lastInsertRowid as number;
    mailSearch.put(db, id, { trackingNo: t.trackingNo, pickupCode: '', unitLabel: o.unit.label, recipientName: o.name, recipientPhone: o.phone, sender: '' });
  });
  return [
    {
      id: 'visitors.checkIn', module: 'visitors', channel: 'visitors.checkIn', kind: 'write', what: '访客登记（新访客）', reps, http: false,
      input: (i) => {
        const v = visitor(i);
        return { name: v.name, idType: 'resident_id', idNumber: v.idNumber, phone: v.phone, purpose: '探亲访友', unitId: v.host.unit.id, occupantId: v.host.id };
      },
      raw: (i) => rawVisit(i),
    },
    {
      id: 'mail.parcels.signIn', module: 'mail', channel: 'mail.parcels.signIn', kind: 'write', what: '快递入库（扫码）', reps, http: false,
      input: (i) => {
        const t = trackingNo(parcels + i);
        return { trackingNo: t.trackingNo, carrier: t.carrier, occupantId: dir.occupants[(i * 13) % dir.occupants.length].id };
      },
      raw: (i) => rawParcel(i),
    },
  ];
}

import type { Database } from 'better-sqlite3';
import type { Carrier, MailEventRow, MailItemRow, MailKind, MailStatus } from '../../../src-shared/modules/mail';
import { courierName } from '../../../src-shared/rules/couriers';
import { cached } from '../../db/statements';

export const carrierLabel = (c: Carrier): string => (c === 'OTHER' ? '其他' : courierName(c));

type RawItem = Omit<MailItemRow, 'carrierName' | 'matched' | 'noConsent' | 'damaged' | 'overdue' | 'waitingDays'> & {
  matched: number;
  noConsent: number;
  damagedAt: string | null;
  damagedBy: string | null;
  damagedNote: string | null;
  serial: number | null;
  shelfId: number | null;
};

/** An item with what only main uses: the shelf and serial behind its code. */
export type FullItem = MailItemRow & { serial: number | null; shelfId: number | null };

export const ITEM_SELECT = `SELECT m.id, m.kind, m.tracking_no AS trackingNo, m.carrier, m.batch_id AS batchId, b.batch_no AS batchNo,
    m.occupant_id AS occupantId, m.unit_id AS unitId, m.unit_label AS unitLabel, m.recipient_name AS recipientName,
    m.recipient_phone AS recipientPhone, m.matched, m.no_consent AS noConsent, m.shelf_id AS shelfId, m.shelf_code AS shelfCode,
    m.shelf_level AS shelfLevel, m.serial, m.pickup_code AS pickupCode, m.pieces, m.sender, m.remarks, m.status,
    m.status_note AS statusNote, m.received_at AS receivedAt, ur.display_name AS receivedBy, m.due_at AS dueAt,
    m.closed_at AS closedAt, uc.display_name AS closedBy, m.pickup_id AS pickupId, p.collector_name AS collectorName,
    r.return_no AS returnNo, m.damaged_at AS damagedAt, ud.display_name AS damagedBy, m.damaged_note AS damagedNote,
    m.notified_at AS notifiedAt, m.notify_count AS notifyCount
  FROM mail_items m JOIN users ur ON ur.id = m.received_by LEFT JOIN users uc ON uc.id = m.closed_by
  LEFT JOIN users ud ON ud.id = m.damaged_by LEFT JOIN mail_batches b ON b.id = m.batch_id
  LEFT JOIN mail_pickups p ON p.id = m.pickup_id LEFT JOIN mail_returns r ON r.id = m.return_id`;

/** The clock and the aging rule an item's `overdue` and `waitingDays` are read against. */
export interface Aging {
  now: Date;
  agingDays: number;
}

/** Midnight of the instant's local calendar day, in whole days since the epoch. */
const localDay = (d: Date): number => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;

/** Calendar days, as a receptionist counts them: in yesterday evening, today is day 1. */
export const daysBetween = (from: string, to: Date): number => localDay(to) - localDay(new Date(from));

// Field by field, no object spread: rows come from better-sqlite3 as dictionary-mode objects, which V8 spreads slowly
// (8 µs a row, more than the query itself; see docs/performance.md).
export function toItem(r: RawItem, aging: Aging): FullItem {
  const open = r.closedAt === null;
  const waitingDays = daysBetween(r.receivedAt, open ? aging.now : new Date(r.closedAt ?? r.receivedAt));
  const overdue =
    r.status === 'waiting' &&
    (r.kind === 'parcel' ? waitingDays > aging.agingDays : r.dueAt !== null && r.dueAt < aging.now.toISOString());
  return {
    id: r.id,
    kind: r.kind as MailKind,
    trackingNo: r.trackingNo,
    carrier: r.carrier as Carrier,
    carrierName: carrierLabel(r.carrier as Carrier),
    batchId: r.batchId,
    batchNo: r.batchNo,
    occupantId: r.occupantId,
    unitId: r.unitId,
    unitLabel: r.unitLabel,
    recipientName: r.recipientName,
    recipientPhone: r.recipientPhone,
    matched: r.matched === 1,
    noConsent: r.noConsent === 1,
    shelfCode: r.shelfCode,
    shelfLevel: r.shelfLevel,
    pickupCode: r.pickupCode,
    pieces: r.pieces,
    sender: r.sender,
    remarks: r.remarks,
    status: r.status as MailStatus,
    damaged: r.damagedAt ? { at: r.damagedAt, by: r.damagedBy ?? '', note: r.damagedNote ?? '' } : null,
    receivedAt: r.receivedAt,
    receivedBy: r.receivedBy,
    dueAt: r.dueAt,
    overdue,
    waitingDays,
    closedAt: r.closedAt,
    closedBy: r.closedBy,
    statusNote: r.statusNote,
    pickupId: r.pickupId,
    collectorName: r.collectorName,
    returnNo: r.returnNo,
    notifiedAt: r.notifiedAt,
    notifyCount: r.notifyCount,
    serial: r.serial,
    shelfId: r.shelfId,
  };
}

export function publicItem(item: FullItem): MailItemRow {
  const { serial: _serial, shelfId: _shelf, ...rest } = item;
  void _serial;
  void _shelf;
  return rest;
}

/** Positional parameters, then optionally one object of named ones, as better-sqlite3 binds them. */
export function itemsWhere(db: Database, aging: Aging, where: string, ...params: unknown[]): FullItem[] {
  const rows = cached(db, `${ITEM_SELECT} WHERE ${where}`).all(...params) as RawItem[];
  return rows.map((r) => toItem(r, aging));
}

export function itemById(db: Database, aging: Aging, id: number): FullItem | null {
  return itemsWhere(db, aging, 'm.id = ?', id)[0] ?? null;
}

export function eventsOf(db: Database, itemId: number): MailEventRow[] {
  return db
    .prepare(
      `SELECT e.kind, e.at, u.display_name AS by, e.note FROM mail_events e JOIN users u ON u.id = e.by_user
       WHERE e.item_id = ? ORDER BY e.id`,
    )
    .all(itemId) as MailEventRow[];
}

/** Every change of an item also goes into its own history, shown on its detail page. */
export function addEvent(db: Database, itemId: number, kind: string, at: Date, by: number, note = ''): void {
  cached(db, 'INSERT INTO mail_events(item_id, kind, at, by_user, note) VALUES (?, ?, ?, ?, ?)').run(itemId, kind, at.toISOString(), by, note);
}

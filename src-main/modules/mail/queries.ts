import type { Database } from 'better-sqlite3';
import dayjs from 'dayjs';
import type { Carrier, MailEventRow, MailItemRow, MailKind, MailStatus } from '../../../src-shared/modules/mail';
import { courierName } from '../../../src-shared/rules/couriers';

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

/** Calendar days, as a receptionist counts them: in yesterday evening, today is day 1. */
export const daysBetween = (from: string, to: Date): number => dayjs(to).startOf('day').diff(dayjs(from).startOf('day'), 'day');

export function toItem(r: RawItem, aging: Aging): FullItem {
  const { damagedAt, damagedBy, damagedNote, ...rest } = r;
  const open = r.closedAt === null;
  const waitingDays = daysBetween(r.receivedAt, open ? aging.now : new Date(r.closedAt ?? r.receivedAt));
  const overdue =
    r.status === 'waiting' &&
    (r.kind === 'parcel' ? waitingDays > aging.agingDays : r.dueAt !== null && r.dueAt < aging.now.toISOString());
  return {
    ...rest,
    kind: r.kind as MailKind,
    status: r.status as MailStatus,
    carrier: r.carrier as Carrier,
    carrierName: carrierLabel(r.carrier as Carrier),
    matched: r.matched === 1,
    noConsent: r.noConsent === 1,
    damaged: damagedAt ? { at: damagedAt, by: damagedBy ?? '', note: damagedNote ?? '' } : null,
    overdue,
    waitingDays,
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
  const rows = db.prepare(`${ITEM_SELECT} WHERE ${where}`).all(...params) as RawItem[];
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
  db.prepare('INSERT INTO mail_events(item_id, kind, at, by_user, note) VALUES (?, ?, ?, ?, ?)').run(itemId, kind, at.toISOString(), by, note);
}

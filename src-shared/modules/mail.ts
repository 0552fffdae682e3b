import { z } from 'zod';
import { ch } from '../contract-kit';
import { signatureInput } from '../rules/signature';
import { COURIER_CODES, type CourierDetection } from '../rules/couriers';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/**
 * The mail duty (001 §3.8.12–3.8.18): the desk's receptionists. Nobody else sees a tenant's mail (§3.8.15), so
 * lists, pickups and recipients' details are theirs alone.
 */
export const MAIL_DESK = ['receptionist'] as const;
/** The monthly records (§3.8.17) and the handover sheets are also read by the general manager, who archives them. */
export const MAIL_READERS = ['receptionist', 'general_manager'] as const;
export const MAIL_CONFIG = ['receptionist', 'general_manager', 'admin'] as const;

/** A courier company from the detection table, or `OTHER` for one it does not know. */
export const CARRIERS = [...COURIER_CODES, 'OTHER'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** `letter` goes into the mailbox; `registered` (挂号信) is handed over against a signature; `parcel` waits on a shelf. */
export const MAIL_KINDS = ['parcel', 'letter', 'registered'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * `waiting`: on the shelf (parcels) or to be delivered (letters); `refused`: the recipient refused it, it waits to go
 * back to the carrier; `returned`: handed back to a carrier; `lost`: reported lost. `picked_up` and `delivered` close it.
 */
export const MAIL_STATUSES = ['waiting', 'picked_up', 'delivered', 'refused', 'returned', 'lost'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const EXCEPTION_KINDS = ['refused', 'damaged', 'lost'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface MailItemRow {
  id: number;
  kind: MailKind;
  /** Normalised (`SF1385628716739`); empty for an ordinary letter. */
  trackingNo: string;
  carrier: Carrier;
  carrierName: string;
  batchId: number | null;
  batchNo: string | null;
  occupantId: number | null;
  unitId: number | null;
  unitLabel: string;
  recipientName: string;
  recipientPhone: string;
  /** False while the recipient is not in the directory: listed for follow-up until assigned. */
  matched: boolean;
  /** The recipient (or every occupant of the unit) has not consented to desk collection (快递市场管理办法 2024). */
  noConsent: boolean;
  shelfCode: string;
  shelfLevel: number | null;
  /** `A-3-0127`: shelf, level, serial; empty for letters. */
  pickupCode: string;
  pieces: number;
  sender: string;
  remarks: string;
  status: MailStatus;
  damaged: { at: string; by: string; note: string } | null;
  receivedAt: string;
  receivedBy: string;
  /** Letters: the delivery deadline. */
  dueAt: string | null;
  /** A letter past its deadline, or a parcel waiting longer than the aging days. */
  overdue: boolean;
  /** Whole days since it came in, counted to now for open items, to the close for closed ones. */
  waitingDays: number;
  closedAt: string | null;
  closedBy: string | null;
  /** The reason of a refusal or a loss report. */
  statusNote: string;
  pickupId: number | null;
  collectorName: string | null;
  returnNo: string | null;
  notifiedAt: string | null;
  notifyCount: number;
}

export interface MailEventRow {
  kind: string;
  at: string;
  by: string;
  note: string;
}

export interface BatchRow {
  id: number;
  /** QS-20261123-001. */
  batchNo: string;
  carrier: Carrier;
  carrierName: string;
  courierName: string;
  courierPhone: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  count: number;
}

export interface PickupRow {
  id: number;
  pickedAt: string;
  handedBy: string;
  collectorKind: 'recipient' | 'authorised';
  collectorName: string;
  collectorPhone: string;
  collectorIdTail: string;
  relation: string;
  items: MailItemRow[];
}

export interface ReturnRow {
  id: number;
  /** TJ-20261123-001. */
  returnNo: string;
  carrier: Carrier;
  carrierName: string;
  courierName: string;
  courierPhone: string;
  createdAt: string;
  createdBy: string;
  count: number;
}

export interface ShelfRow {
  id: number;
  code: string;
  name: string;
  levels: number;
  active: boolean;
  /** Parcels on it now. */
  waiting: number;
}

export interface CallListEntry {
  /** Unit id, or the name written on an unmatched parcel. */
  key: string;
  unitLabel: string;
  recipientName: string;
  phone: string;
  items: MailItemRow[];
  oldestDays: number;
  notifiedAt: string | null;
}

export interface MailSettings {
  /** Parcels waiting longer than this many days are flagged and put on the call list. */
  agingDays: number;
  /** Letters are due this many days after they come in (0 = the same day) … */
  letterDueDays: number;
  /** … by this time (`HH:mm`); one that comes in later is due the next day. */
  letterDueTime: string;
}

/** The small shelf label: the name half hidden, since the shelf stands in the lobby. */
export interface ParcelLabel {
  pickupCode: string;
  trackingNo: string;
  carrierName: string;
  unitLabel: string;
  recipientMasked: string;
  receivedAt: string;
}

/** 取件通知单: put in the mailbox or handed over; codes and carriers, never what is inside. */
export interface PickupNotice {
  orgName: string;
  unitLabel: string;
  recipientName: string;
  items: { pickupCode: string; carrierName: string; trackingTail: string; receivedAt: string }[];
  printedAt: string;
}

export interface DetectResult extends CourierDetection {
  /** The same number already registered (within a year, not returned): signing it in again is refused. */
  duplicate: { id: number; status: MailStatus; receivedAt: string; pickupCode: string; recipient: string } | null;
}

export const PICKUP_CODE_RE = /^[A-Z]{1,3}-\d-\d{4}$/;

const optionalPhone = z.union([phone, z.literal('')]).default('');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const empty = z.object({}).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
const ids = z.array(id).min(1).max(100);
/** A PNG drawn on the signature pad, as a data URL or bare base64. */
const signature = signatureInput;
const tracking = requiredText(60);
const courier = { carrier: z.enum(CARRIERS), courierName: requiredText(20), courierPhone: optionalPhone };

/** Who it is for: an occupant, a unit only, or (neither) the name on the label, kept as unmatched. */
const recipient = {
  occupantId: id.optional(),
  unitId: id.optional(),
  recipientName: text(40).default(''),
  recipientPhone: optionalPhone,
};

export const mailChannels = {
  /** Courier candidates for a scanned number, and whether it is already registered. */
  'mail.detect': ch<DetectResult>()({ input: z.object({ number: text(60) }).strict(), access: MAIL_DESK, mutates: false }),

  /** A carrier's courier arrives: the batch records who and when; scans go into it until it is closed. */
  'mail.batches.open': ch<BatchRow>()({ input: z.object(courier).strict(), access: MAIL_DESK, mutates: true }),
  'mail.batches.close': ch<BatchRow>()({ input: z.object({ id }).strict(), access: MAIL_DESK, mutates: true }),
  'mail.batches.list': ch<{ rows: BatchRow[]; nextBefore: number | null }>()({
    input: z.object({ openOnly: z.boolean().default(false), ...paging }).strict(),
    access: MAIL_READERS,
    mutates: false,
  }),
  'mail.batches.get': ch<{ batch: BatchRow; items: MailItemRow[] }>()({ input: z.object({ id }).strict(), access: MAIL_READERS, mutates: false }),
  /** 快递交接单: every parcel of the batch with the courier's and the receptionist's signature lines. */
  'mail.batches.handover': ch<RegisterData>()({ input: z.object({ id }).strict(), access: MAIL_READERS, mutates: false }),

  /**
   * One scanned parcel: refused when the number is malformed, fails its S10 check digit or is already registered.
   * The shelf place is chosen (the recipient's shelf if they have parcels waiting, else the emptiest level) unless given.
   */
  'mail.parcels.signIn': ch<MailItemRow>()({
    input: z
      .object({
        batchId: id.optional(),
        trackingNo: tracking,
        carrier: z.enum(CARRIERS),
        ...recipient,
        shelfId: id.optional(),
        level: z.number().int().min(1).max(9).optional(),
        remarks: text(200).default(''),
      })
      .strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  /** Matches an unmatched parcel (or letter) to an occupant or a unit found later. */
  'mail.items.assign': ch<MailItemRow>()({
    input: z.object({ id, occupantId: id.optional(), unitId: id.optional() }).strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  /** Refused by the recipient, damaged (stays on the shelf, flagged) or lost: each recorded with who, when and why. */
  'mail.items.exception': ch<MailItemRow>()({
    input: z.object({ id, kind: z.enum(EXCEPTION_KINDS), note: requiredText(200) }).strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  'mail.items.get': ch<{ item: MailItemRow; events: MailEventRow[] }>()({ input: z.object({ id }).strict(), access: MAIL_READERS, mutates: false }),
  /** Tracking number, pickup code, recipient (name, pinyin, unit, phone tail); newest first, paged by id. */
  'mail.items.search': ch<{ rows: MailItemRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(60).default(''),
        kind: z.enum(['parcels', 'letters', 'all']).default('all'),
        view: z.enum(['open', 'unmatched', 'overdue', 'exceptions', 'all']).default('all'),
        from: date.optional(),
        to: date.optional(),
        ...paging,
      })
      .strict(),
    access: MAIL_READERS,
    mutates: false,
  }),

  /**
   * Parcels to hand over: a pickup code (`A-3-0127`, or its four digits), a tracking number, or a recipient search.
   * A code or number that matches nothing waiting is refused, saying whether it was already picked up.
   */
  'mail.pickup.find': ch<MailItemRow[]>()({ input: z.object({ q: requiredText(60) }).strict(), access: MAIL_DESK, mutates: false }),
  /** Hands over parcels of one recipient (or unit) at once against the collector's signature. */
  'mail.pickup': ch<PickupRow>()({
    input: z
      .object({
        itemIds: ids,
        collector: z
          .object({
            kind: z.enum(['recipient', 'authorised']),
            name: text(40).default(''),
            phone: optionalPhone,
            idTail: z.union([z.string().regex(/^[0-9]{3}[0-9Xx]$/, { message: 'idTail' }), z.literal('')]).default(''),
            relation: text(20).default(''),
          })
          .strict(),
        signature,
      })
      .strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  'mail.pickups.get': ch<PickupRow>()({ input: z.object({ id }).strict(), access: MAIL_READERS, mutates: false }),
  /** The signature image of a pickup or a delivered registered letter; every view is audited. */
  'mail.signature': ch<{ png: string }>()({
    input: z.object({ pickupId: id.optional(), itemId: id.optional() }).strict(),
    access: MAIL_READERS,
    mutates: true,
  }),

  /** Refused or unclaimed parcels handed back to a carrier's courier, with a handover sheet. */
  'mail.returns.create': ch<ReturnRow>()({
    input: z.object({ ...courier, itemIds: ids, note: text(200).default('') }).strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  'mail.returns.handover': ch<RegisterData>()({ input: z.object({ id }).strict(), access: MAIL_READERS, mutates: false }),

  /** An ordinary letter (to the mailbox) or a registered letter (number checked, handed over against a signature). */
  'mail.letters.register': ch<MailItemRow>()({
    input: z
      .object({
        kind: z.enum(['letter', 'registered']),
        trackingNo: text(60).default(''),
        ...recipient,
        pieces: z.number().int().min(1).max(50).default(1),
        sender: text(60).default(''),
        remarks: text(200).default(''),
      })
      .strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  /** Letters put into their mailboxes; a registered letter needs the recipient's signature. */
  'mail.letters.deliver': ch<{ delivered: number }>()({
    input: z.object({ ids, signature: signature.optional() }).strict(),
    access: MAIL_DESK,
    mutates: true,
  }),

  /** Parcels waiting longer than the aging days, by recipient, with the number to call. */
  'mail.callList': ch<CallListEntry[]>()({ input: empty, access: MAIL_DESK, mutates: false }),
  /** Records that the recipients were called or a notice slip was put in their mailbox. */
  'mail.notify': ch<{ notified: number }>()({
    input: z.object({ itemIds: ids, how: z.enum(['phone', 'slip']) }).strict(),
    access: MAIL_DESK,
    mutates: true,
  }),
  'mail.notice': ch<PickupNotice>()({ input: z.object({ itemIds: ids }).strict(), access: MAIL_DESK, mutates: false }),
  'mail.label': ch<ParcelLabel>()({ input: z.object({ id }).strict(), access: MAIL_DESK, mutates: false }),

  'mail.shelves.list': ch<ShelfRow[]>()({ input: empty, access: MAIL_CONFIG, mutates: false }),
  'mail.shelves.save': ch<ShelfRow>()({
    input: z
      .object({
        id: id.optional(),
        code: z.string().trim().regex(/^[A-Za-z]{1,3}$/, { message: 'shelfCode' }),
        name: text(30).default(''),
        levels: z.number().int().min(1).max(9),
        active: z.boolean().default(true),
      })
      .strict(),
    access: MAIL_CONFIG,
    mutates: true,
  }),
  'mail.settings.get': ch<MailSettings>()({ input: empty, access: MAIL_CONFIG, mutates: false }),
  'mail.settings.update': ch<MailSettings>()({
    input: z
      .object({
        agingDays: z.number().int().min(1).max(60).optional(),
        letterDueDays: z.number().int().min(0).max(7).optional(),
        letterDueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' }).optional(),
      })
      .strict(),
    access: ['general_manager', 'admin'],
    mutates: true,
  }),

  /** 邮件收发登记表: everything received from..to with its pickup or delivery; the desk prints it monthly. */
  'mail.register': ch<RegisterData>()({
    input: z.object({ from: date, to: date }).strict(),
    access: MAIL_READERS,
    mutates: false,
  }),
};

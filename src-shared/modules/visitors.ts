import { z } from 'zod';
import { ch } from '../contract-kit';
import { ID_DOC_TYPES, type IdDocType } from '../rules/id-doc';
import { isMainlandPlate, normalizePlate } from '../rules/plate';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/** The desk's work: check-in, check-out, returning visitors. */
export const VISIT_DESK = ['receptionist'] as const;
/** Who reads visits, the on-site list and the registers. */
export const VISIT_READERS = ['receptionist', 'security_manager', 'general_manager'] as const;
/** Who keeps the blocklist, may override it on the spot and may see full ID numbers (each view audited). */
export const VISIT_MANAGERS = ['general_manager', 'security_manager'] as const;

/** `desk`: signed out at the desk; `auto`: closed by the end-of-day job, the visitor never signed out. */
export type CheckoutKind = 'desk' | 'auto';

export interface VisitRow {
  id: number;
  /** FK-20261123-0001: printed as a barcode on the visit slip, scanned at check-out. */
  visitNo: string;
  name: string;
  idType: IdDocType;
  /** Always masked (`1101**********1234`); full numbers only through `visitors.revealId`. */
  idNumberMasked: string;
  phone: string;
  company: string;
  purpose: string;
  /** Null for a pass holder who came in on an access pass without a unit to visit. */
  unitId: number | null;
  unitLabel: string;
  buildingId: number | null;
  buildingName: string;
  occupantId: number | null;
  hostName: string;
  partySize: number;
  plate: string;
  remarks: string;
  /** The access pass scanned at check-in, if any. */
  passNumber: string | null;
  checkedInAt: string;
  checkedInBy: string;
  checkedOutAt: string | null;
  checkedOutBy: string | null;
  checkoutKind: CheckoutKind | null;
  /** The receptionist's written reason for registering an ID number that failed the check. */
  idOverrideReason: string | null;
  blocklistOverride: { by: string; reason: string } | null;
  /** ID number and phone irreversibly masked by the retention purge. */
  purged: boolean;
}

/** Someone who visited before: picked from the returning-visitor list to fill the form. */
export interface VisitorPersonRow {
  id: number;
  name: string;
  idType: IdDocType;
  idNumberMasked: string;
  /** False once purged: the number must be typed again. */
  hasIdNumber: boolean;
  phone: string;
  company: string;
  plate: string;
  lastUnitId: number | null;
  lastUnitLabel: string;
  lastOccupantId: number | null;
  lastHostName: string;
  lastPurpose: string;
  visitCount: number;
  lastSeenAt: string;
}

export interface BlocklistRow {
  id: number;
  name: string;
  idType: IdDocType;
  idNumberMasked: string;
  phone: string;
  reason: string;
  createdAt: string;
  createdBy: string;
}

export interface OnSiteGroup {
  buildingId: number | null;
  buildingName: string;
  visits: VisitRow[];
  people: number;
}

export interface OnSite {
  /** Open visits. */
  total: number;
  /** People on site: the visits' party sizes added up. */
  people: number;
  buildings: OnSiteGroup[];
}

export interface VisitSettings {
  purposes: string[];
  /** `HH:mm`, the desk's local time: visits still open then are closed as `auto`. */
  autoCheckOutTime: string;
  /** Days after which ID numbers and phones of visits are masked for good. */
  retentionDays: number;
  /** Whether the check-in form offers the visit slip ticked by default. */
  printSlip: boolean;
}

/** What a printed visit slip shows: every text formatted, the ID masked. */
export interface VisitSlip {
  orgName: string;
  title: string;
  visitNo: string;
  name: string;
  idLabel: string;
  company: string;
  host: string;
  purpose: string;
  partySize: number;
  plate: string;
  checkedInAt: string;
  receptionist: string;
  note: string;
}

export const VISIT_NO_RE = /^FK-\d{8}-\d{4}$/;

const optionalPhone = z.union([phone, z.literal('')]).default('');
/** Empty, or a mainland plate; stored normalised (`粤BD12345`). */
const plate = text(14)
  .default('')
  .transform((p) => normalizePlate(p))
  .refine((p) => p === '' || isMainlandPlate(p), { message: 'plate' });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const empty = z.object({}).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };

export const visitorsChannels = {
  /**
   * Registers a visitor. An ID number failing its check is refused (`ID_INVALID`) unless a written
   * `idOverrideReason` is given; a blocklisted person is refused (`BLOCKLISTED`) unless a manager's credential is
   * entered on the spot. With `personId` (a returning visitor) an empty `idNumber` means the one on file.
   */
  'visitors.checkIn': ch<VisitRow>()({
    input: z
      .object({
        personId: id.optional(),
        name: requiredText(40),
        idType: z.enum(ID_DOC_TYPES),
        idNumber: text(40).default(''),
        phone: optionalPhone,
        company: text(80).default(''),
        purpose: requiredText(60),
        unitId: id,
        occupantId: id.optional(),
        partySize: z.number().int().min(1).max(200).default(1),
        plate,
        remarks: text(200).default(''),
        idOverrideReason: text(200).optional(),
        managerOverride: z
          .object({ username: requiredText(32), password: z.string().min(1).max(128), reason: requiredText(200) })
          .strict()
          .optional(),
      })
      .strict(),
    access: VISIT_DESK,
    mutates: true,
  }),
  /** A pass holder scans the access pass: refused when revoked, expired, not yet valid or out of scope. */
  'visitors.checkInByPass': ch<VisitRow>()({
    input: z.object({ number: requiredText(30), buildingId: id.optional() }).strict(),
    access: VISIT_DESK,
    mutates: true,
  }),
  /** By id (picked from a list) or by visit number (scanned from the slip). */
  'visitors.checkOut': ch<VisitRow>()({
    input: z.object({ id: id.optional(), visitNo: text(30).optional() }).strict(),
    access: VISIT_DESK,
    mutates: true,
  }),
  /** Closes every visit still open at its end-of-day time, marked `auto`; the scheduler runs the same job. */
  'visitors.autoCheckOut': ch<{ closed: number }>()({ input: empty, access: VISIT_READERS, mutates: true }),
  'visitors.onSite': ch<OnSite>()({ input: empty, access: VISIT_READERS, mutates: false }),
  'visitors.get': ch<VisitRow>()({ input: z.object({ id }).strict(), access: VISIT_READERS, mutates: false }),
  /** Name, pinyin, phone or ID tail, plate, visit number, company, unit; newest first, paged by id. */
  'visitors.search': ch<{ rows: VisitRow[]; nextBefore: number | null }>()({
    input: z
      .object({ q: text(40).default(''), from: date.optional(), to: date.optional(), onSiteOnly: z.boolean().default(false), ...paging })
      .strict(),
    access: VISIT_READERS,
    mutates: false,
  }),
  /** Earlier visitors for 2–3 typed characters: name, pinyin initials, phone or ID tail. */
  'visitors.people.search': ch<VisitorPersonRow[]>()({
    input: z.object({ q: requiredText(40), limit: z.number().int().min(1).max(20).default(8) }).strict(),
    access: VISIT_DESK,
    mutates: false,
  }),
  'visitors.slip': ch<VisitSlip>()({ input: z.object({ id }).strict(), access: VISIT_READERS, mutates: false }),
  /** The full ID number of one visit or one known person; every call is audited with its reason. */
  'visitors.revealId': ch<{ idNumber: string }>()({
    input: z.object({ visitId: id.optional(), personId: id.optional(), reason: requiredText(200) }).strict(),
    access: VISIT_MANAGERS,
    mutates: true,
  }),
  'visitors.blocklist.list': ch<BlocklistRow[]>()({ input: z.object({ q: text(40).default('') }).strict(), access: VISIT_MANAGERS, mutates: false }),
  /** By ID number, or by name + phone; a reason is required. Editing with an empty ID number keeps the one stored. */
  'visitors.blocklist.save': ch<BlocklistRow>()({
    input: z
      .object({
        id: id.optional(),
        name: text(40).default(''),
        idType: z.enum(ID_DOC_TYPES).default('resident_id'),
        idNumber: text(40).default(''),
        phone: optionalPhone,
        reason: requiredText(200),
      })
      .strict(),
    access: VISIT_MANAGERS,
    mutates: true,
  }),
  'visitors.blocklist.remove': ch<{ done: true }>()({
    input: z.object({ id, reason: requiredText(200) }).strict(),
    access: VISIT_MANAGERS,
    mutates: true,
  }),
  /** Masks for good the ID numbers and phones of visits (and people not seen since) older than the retention. */
  'visitors.purge': ch<{ visits: number; people: number; before: string }>()({
    input: empty,
    access: ['general_manager', 'admin'],
    mutates: true,
  }),
  'visitors.settings.get': ch<VisitSettings>()({ input: empty, access: [...VISIT_READERS, 'admin'], mutates: false }),
  'visitors.settings.update': ch<VisitSettings>()({
    input: z
      .object({
        purposes: z.array(requiredText(30)).min(1).max(40).optional(),
        autoCheckOutTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' }).optional(),
        retentionDays: z.number().int().min(30).max(3650).optional(),
        printSlip: z.boolean().optional(),
      })
      .strict(),
    access: ['general_manager', 'admin'],
    mutates: true,
  }),
  /** A4 evacuation list of everyone on site, by building, with a tick column and the print time. */
  'visitors.evacuation.register': ch<RegisterData>()({
    input: z.object({ buildingId: id.optional() }).strict(),
    access: VISIT_READERS,
    mutates: false,
  }),
  /** The visitor register by period (check-in dates, inclusive). */
  'visitors.register': ch<RegisterData>()({
    input: z.object({ from: date, to: date, buildingId: id.optional() }).strict(),
    access: VISIT_READERS,
    mutates: false,
  }),
};

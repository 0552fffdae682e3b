import { z } from 'zod';
import { ch } from '../contract-kit';
import { signatureInput } from '../rules/signature';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/**
 * The key cabinet (001 §3.8.9, 002 item 7): the desk's receptionists keep it (inventory, lending, returns, owners'
 * deposited keys); the security manager and the general manager read everything, approve restricted loans on the
 * spot and resolve the locks of lost keys. The administrator sees none of it.
 */
export const KEY_DESK = ['receptionist'] as const;
export const KEY_READERS = ['receptionist', 'security_manager', 'general_manager'] as const;
export const KEY_APPROVERS = ['security_manager', 'general_manager'] as const;

/** The categories seeded by migration 0009; the desk keeps its own list in `key_categories` (`keys.categories.*`). */
export const KEY_CATEGORIES = ['unit', 'plant_room', 'public_area', 'vehicle', 'cabinet', 'master', 'other'] as const;
/** A category code of `key_categories`: the seeded ones or the desk's own. */
export type KeyCategory = string;
/** Seeded as restricted by default: master keys and plant-room keys, unless the desk says otherwise. */
export const RESTRICTED_BY_DEFAULT: readonly KeyCategory[] = ['master', 'plant_room'];
/** Who keeps the list of categories. */
export const KEY_CATEGORY_EDITORS = ['security_manager', 'general_manager'] as const;
export const KEY_CATEGORY_CODE_RE = /^[a-z][a-z0-9_]{0,19}$/;

export interface KeyCategoryRow {
  code: string;
  name: string;
  /** A new key of this category starts restricted. */
  restrictedDefault: boolean;
  active: boolean;
  sort: number;
  /** Key records (retired ones included) of this category: a category in use is deactivated, never removed. */
  inUse: number;
}

/** `key`: one tag with its copies; `ring`: a ring of keys that is lent and returned as one unit. */
export const KEY_KINDS = ['key', 'ring'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export const KEY_STATUSES = ['in', 'out', 'lost', 'retired'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

/** `K-000123`: what the tag shows, never the door it opens (KeyTrak's advice). */
export const KEY_CODE_RE = /^K-\d{6}$/;

export interface KeyLoanSummary {
  loanId: number;
  borrower: string;
  lentAt: string;
  expectedAt: string;
  overdue: boolean;
}

export interface KeyRow {
  id: number;
  code: string;
  kind: KeyKind;
  name: string;
  category: KeyCategory;
  /** The category's name as the desk keeps it (`key_categories`). */
  categoryName: string;
  /** What it opens: a unit of the directory … */
  unitId: number | null;
  /** … or a named place (设备房 B1, 3栋天台). */
  place: string;
  /** The unit label or the place, as kept when registered. */
  opens: string;
  copies: number;
  /** For a key on a ring, the ring's cabinet and hook. */
  cabinet: string;
  hook: string;
  status: KeyStatus;
  ringId: number | null;
  ringCode: string | null;
  /** Keys on a ring (rings only). */
  memberCount: number;
  restricted: boolean;
  allowOutside: boolean;
  allowedUsers: { id: number; name: string }[];
  lockAttention: { at: string; note: string } | null;
  retired: { at: string; reason: string } | null;
  note: string;
  /** The open loan of the key, or of its ring. */
  currentLoan: KeyLoanSummary | null;
}

export type LoanStatus = 'open' | 'returned' | 'lost';

export interface LoanRow {
  id: number;
  keyId: number;
  keyCode: string;
  keyName: string;
  keyKind: KeyKind;
  /** Every key that went out with this loan (a ring's keys; a single key's own code). */
  keyCodes: string[];
  borrowerKind: 'staff' | 'outside';
  borrowerUserId: number | null;
  borrowerName: string;
  borrowerPhone: string;
  borrowerIdTail: string;
  borrowerCompany: string;
  reason: string;
  lentAt: string;
  lentBy: string;
  expectedAt: string;
  approvedBy: string | null;
  returnedAt: string | null;
  returnedBy: string | null;
  condition: string;
  status: LoanStatus;
  lostNote: string;
  overdue: boolean;
}

export interface KeyEventRow {
  kind: string;
  at: string;
  by: string;
  note: string;
}

export interface KeyDetail {
  key: KeyRow;
  members: KeyRow[];
  loans: LoanRow[];
  events: KeyEventRow[];
}

export interface DepositRow {
  id: number;
  /** `LC-20261120-001`: gap-free per day taken in. */
  depositNo: string;
  occupantId: number;
  ownerName: string;
  unitId: number;
  unitLabel: string;
  description: string;
  count: number;
  collectors: { name: string; phone: string }[];
  depositedAt: string;
  depositedBy: string;
  status: 'held' | 'collected';
  collectedAt: string | null;
  collectedBy: string | null;
  collectorKind: 'owner' | 'authorised' | null;
  collectorName: string | null;
  collectorPhone: string | null;
  note: string;
}

/** What a printed tag shows: nothing that tells a finder which door the key opens. */
export interface KeyLabel {
  id: number;
  code: string;
  kind: KeyKind;
  categoryName: string;
  cabinet: string;
  hook: string;
}

export interface KeyStatisticsRow {
  category: KeyCategory;
  categoryName: string;
  cabinet: string;
  /** Tags (key records), not counting rings. */
  keys: number;
  /** Physical copies: in + out + lost. */
  copies: number;
  in: number;
  out: number;
  lost: number;
}

export interface KeyStatistics {
  rows: KeyStatisticsRow[];
  totals: Omit<KeyStatisticsRow, 'category' | 'categoryName' | 'cabinet'>;
}


const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const instant = z.iso.datetime({ offset: true });
const empty = z.object({}).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
const idTail = z.string().regex(/^[0-9]{3}[0-9Xx]$/, { message: 'idTail' });
const signature = signatureInput;
/** A key by its scanned or typed tag code, or by its id from a list. */
const which = { id: id.optional(), code: text(20).default('') };
const categoryCode = z.string().regex(KEY_CATEGORY_CODE_RE);
const credential = z.object({ username: requiredText(32), password: z.string().min(1).max(128) }).strict();

const borrower = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), userId: id }).strict(),
  z
    .object({
      kind: z.literal('outside'),
      name: requiredText(40),
      phone,
      idTail,
      company: text(60).default(''),
    })
    .strict(),
]);

export const keysChannels = {
  /** Registers or edits a key or a ring; the tag code is given once and never changes. */
  'keys.save': ch<KeyRow>()({
    input: z
      .object({
        id: id.optional(),
        kind: z.enum(KEY_KINDS).default('key'),
        name: requiredText(60),
        category: categoryCode,
        unitId: id.optional(),
        place: text(60).default(''),
        copies: z.number().int().min(1).max(50).default(1),
        cabinet: text(20).default(''),
        hook: text(20).default(''),
        /** Keys only: the ring it hangs on. */
        ringId: id.optional(),
        /** Defaults to true for master and plant-room keys. */
        restricted: z.boolean().optional(),
        allowOutside: z.boolean().default(false),
        allowedUserIds: z.array(id).max(50).default([]),
        note: text(200).default(''),
      })
      .strict(),
    access: KEY_DESK,
    mutates: true,
  }),
  /** Tag code, name, what it opens (unit or place), cabinet; newest first, paged by id. Retired keys only when asked. */
  'keys.search': ch<{ rows: KeyRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(60).default(''),
        category: categoryCode.optional(),
        status: z.enum(KEY_STATUSES).optional(),
        kind: z.enum(KEY_KINDS).optional(),
        attention: z.boolean().default(false),
        ...paging,
      })
      .strict(),
    access: KEY_READERS,
    mutates: false,
  }),
  'keys.get': ch<KeyDetail>()({ input: z.object(which).strict(), access: KEY_READERS, mutates: false }),
  /** Takes a key (or ring) out of use for good; a ring's keys are taken off it. Not while it is out. */
  'keys.retire': ch<KeyRow>()({ input: z.object({ ...which, reason: requiredText(200) }).strict(), access: KEY_DESK, mutates: true }),

  /**
   * Lends a key or a whole ring (never a key alone off its ring) to a staff user or an outside person. A restricted
   * key goes only to the people it lists, with a security or general manager's credential typed on the spot.
   */
  'keys.lend': ch<LoanRow>()({
    input: z
      .object({
        ...which,
        borrower,
        reason: requiredText(100),
        expectedAt: instant,
        approval: credential.optional(),
      })
      .strict(),
    access: KEY_DESK,
    mutates: true,
  }),
  /** A scanned key back on its hook (a ring with all its keys), with remarks on its condition. */
  'keys.return': ch<LoanRow>()({ input: z.object({ ...which, condition: text(200).default('') }).strict(), access: KEY_DESK, mutates: true }),
  /** Loans not yet returned, oldest first; `overdueOnly` keeps those past their expected return at this moment. */
  'keys.loans.open': ch<LoanRow[]>()({ input: z.object({ overdueOnly: z.boolean().default(false) }).strict(), access: KEY_READERS, mutates: false }),
  /** The key is gone: an open loan closes as lost, and the lock is flagged for attention. */
  'keys.reportLost': ch<KeyRow>()({
    input: z
      .object({ ...which, lostBy: requiredText(40), lostAt: instant.optional(), note: requiredText(200) })
      .strict(),
    access: KEY_DESK,
    mutates: true,
  }),
  /** The lock of a lost key was changed or the key found: clears the flag, with what was done. */
  'keys.lockResolved': ch<KeyRow>()({ input: z.object({ ...which, note: requiredText(200) }).strict(), access: KEY_APPROVERS, mutates: true }),

  /** 钥匙留存: keys an owner leaves with the desk, signed by the owner, with who may collect them. */
  'keys.deposits.create': ch<DepositRow>()({
    input: z
      .object({
        occupantId: id,
        description: requiredText(100),
        count: z.number().int().min(1).max(50).default(1),
        collectors: z.array(z.object({ name: requiredText(40), phone }).strict()).max(5).default([]),
        signature,
        note: text(200).default(''),
      })
      .strict(),
    access: KEY_DESK,
    mutates: true,
  }),
  /** Handed back to the owner or to a person the owner named, against their signature. */
  'keys.deposits.collect': ch<DepositRow>()({
    input: z
      .object({
        id,
        collector: z.object({ kind: z.enum(['owner', 'authorised']), name: requiredText(40), phone: z.union([phone, z.literal('')]).default('') }).strict(),
        signature,
      })
      .strict(),
    access: KEY_DESK,
    mutates: true,
  }),
  /** Newest first; `q` finds by number (or its last digits), owner, unit or a named collector. */
  'keys.deposits.list': ch<DepositRow[]>()({
    input: z
      .object({ status: z.enum(['held', 'collected', 'all']).default('held'), unitId: id.optional(), q: text(60).default('') })
      .strict(),
    access: KEY_READERS,
    mutates: false,
  }),
  /** 钥匙留存登记表: deposits taken in from..to (desk days), with who collected them. */
  'keys.deposits.register': ch<RegisterData>()({ input: z.object({ from: date, to: date }).strict(), access: KEY_READERS, mutates: false }),
  /** Tag labels to print: code, kind, category, cabinet and hook — never the unit or place the key opens. */
  'keys.label': ch<KeyLabel[]>()({ input: z.object({ ids: z.array(id).min(1).max(60) }).strict(), access: KEY_READERS, mutates: false }),

  /** The desk's key categories in their order; inactive ones only when asked (editing an old key still shows its own). */
  'keys.categories.list': ch<KeyCategoryRow[]>()({
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    access: KEY_READERS,
    mutates: false,
  }),
  /**
   * Adds (no code: one is given), renames, reorders, (de)activates, or removes a category. A category any key record
   * uses is never removed, only deactivated: its keys keep it and it stays in the statistics.
   */
  'keys.categories.save': ch<KeyCategoryRow[]>()({
    input: z
      .object({
        code: categoryCode.optional(),
        name: requiredText(20),
        restrictedDefault: z.boolean().default(false),
        active: z.boolean().default(true),
        sort: z.number().int().min(0).max(9999).optional(),
        remove: z.boolean().default(false),
      })
      .strict(),
    access: KEY_CATEGORY_EDITORS,
    mutates: true,
  }),

  /** 钥匙统计表: per category and cabinet, computed from the keys' current state; retired keys left out. */
  'keys.statistics': ch<KeyStatistics>()({ input: empty, access: KEY_READERS, mutates: false }),
  'keys.statistics.register': ch<RegisterData>()({ input: empty, access: KEY_READERS, mutates: false }),
  /** 钥匙借用登记表: loans made from..to, with their return and approver. */
  'keys.loans.register': ch<RegisterData>()({ input: z.object({ from: date, to: date }).strict(), access: KEY_READERS, mutates: false }),
};

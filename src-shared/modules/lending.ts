import { z } from 'zod';
import { ch } from '../contract-kit';
import { signatureInput } from '../rules/signature';
import { ID_DOC_TYPES, type IdDocType } from '../rules/id-doc';
import { id, phone, requiredText, text } from '../rules/text';
import { PHOTO_MAX_BYTES } from './passes';
import type { RegisterData } from './registers';

/**
 * Courtesy lending (便民借用: umbrellas in rain 001 §3.8.6, wheelchairs lent free against room, name, phone and a
 * valid ID 002 item 35(4)) and item storage (物品寄存 001 §3.8.7). The receptionists do the work; the general manager
 * and the security manager read the lists and the registers; the administrator only configures the item types.
 */
export const LENDING_DESK = ['receptionist'] as const;
export const LENDING_READERS = ['receptionist', 'general_manager', 'security_manager'] as const;
export const LENDING_CONFIG = ['receptionist', 'general_manager', 'admin'] as const;
/** The type list is read by everyone who lends or configures. */
export const LENDING_TYPE_READERS = ['receptionist', 'general_manager', 'security_manager', 'admin'] as const;

/** The claim code printed on the storage receipt. */
export const CLAIM_CODE_RE = /^\d{6}$/;

export interface LendingTypeRow {
  id: number;
  name: string;
  /** A valid ID document is registered before lending (wheelchairs). */
  needsId: boolean;
  /** The expected return time defaults to this many hours after lending. */
  loanHours: number;
  /** How many the desk owns. */
  count: number;
  /** Lent and not yet returned. */
  out: number;
  /** count − out. */
  available: number;
  active: boolean;
}

export interface LoanRow {
  id: number;
  /** JY-20261120-001. */
  loanNo: string;
  typeId: number;
  typeName: string;
  quantity: number;
  occupantId: number | null;
  roomLabel: string;
  borrowerName: string;
  borrowerPhone: string;
  idType: IdDocType | null;
  /** Always masked (1101**********1234); empty when the type needs no ID. */
  idNumberMasked: string;
  lentAt: string;
  lentBy: string;
  dueAt: string;
  remarks: string;
  /** Set when the last of the loan's items came back. */
  returnedAt: string | null;
  returnedTo: string | null;
  /** Condition on return (完好, 伞骨折断…): of the one return, or each part's joined when it came back in parts. */
  returnCondition: string;
  /** How many of `quantity` came back so far. */
  returnedQuantity: number;
  /** quantity − returnedQuantity: still out. */
  outQuantity: number;
  /** Each return, oldest first (one for a loan returned whole). */
  returns: LoanReturnRow[];
  /** Open and past its expected return time. */
  overdue: boolean;
}

/** One return of some or all of a loan's items. */
export interface LoanReturnRow {
  quantity: number;
  returnedAt: string;
  returnedTo: string;
  condition: string;
}

export interface StorageRow {
  id: number;
  /** JC-20261120-001. */
  storageNo: string;
  occupantId: number | null;
  roomLabel: string;
  ownerName: string;
  ownerPhone: string;
  /** People the owner named at registration who may also collect it. */
  authorised: { name: string; phone: string }[];
  description: string;
  count: number;
  place: string;
  hasPhoto: boolean;
  remarks: string;
  storedAt: string;
  storedBy: string;
  /** Whole calendar days kept, to now for open items, to the hand-back for closed ones. */
  storedDays: number;
  /** Open and kept longer than the long-stored days. */
  longStored: boolean;
  handedBackAt: string | null;
  handedBackBy: string | null;
  collectorName: string | null;
  collectorPhone: string | null;
}

/** The receipt given to the owner: the claim code is shown this once and never again. */
export interface StorageReceipt {
  item: StorageRow;
  claimCode: string;
}

/** A stored item with its photo and, once handed back, the collector's signature, as data URLs. */
export interface StorageDetail {
  item: StorageRow;
  photoDataUrl: string | null;
  signatureDataUrl: string | null;
}

export interface LendingSettings {
  /** Stored items kept longer than this many days are listed as long-stored. */
  longStoredDays: number;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const empty = z.object({}).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
const optionalPhone = z.union([phone, z.literal('')]).default('');
const signature = signatureInput;
const period = z.object({ from: date, to: date }).strict();

/** Who borrows or deposits: an occupant from the directory, or a room, name and phone typed. */
const person = {
  occupantId: id.optional(),
  roomLabel: text(40).default(''),
  name: text(40).default(''),
  phone: optionalPhone,
};

export const lendingChannels = {
  'lending.types.list': ch<LendingTypeRow[]>()({ input: empty, access: LENDING_TYPE_READERS, mutates: false }),
  'lending.types.save': ch<LendingTypeRow>()({
    input: z
      .object({
        id: id.optional(),
        name: requiredText(20),
        needsId: z.boolean().default(false),
        loanHours: z.number().int().min(1).max(24 * 30),
        count: z.number().int().min(0).max(999),
        active: z.boolean().default(true),
      })
      .strict(),
    access: LENDING_CONFIG,
    mutates: true,
  }),

  /** Lends items of one type; refused when not enough are in stock, or an ID is needed and missing or invalid. */
  'lending.lend': ch<LoanRow>()({
    input: z
      .object({
        typeId: id,
        quantity: z.number().int().min(1).max(20).default(1),
        ...person,
        idType: z.enum(ID_DOC_TYPES).optional(),
        idNumber: text(40).default(''),
        /** Defaults to now + the type's loan hours. */
        dueAt: z.iso.datetime({ offset: true }).optional(),
        remarks: text(200).default(''),
      })
      .strict(),
    access: LENDING_DESK,
    mutates: true,
  }),
  /**
   * Some or all of the items still out come back, with their condition (default: all still out). The loan stays open
   * until the last one is back; returning more than is out is refused.
   */
  'lending.return': ch<LoanRow>()({
    input: z.object({ id, quantity: z.number().int().min(1).max(20).optional(), condition: text(200).default('') }).strict(),
    access: LENDING_DESK,
    mutates: true,
  }),
  /** Newest first, paged by id; searched by name (pinyin too), room, phone tail, loan number. */
  'lending.loans': ch<{ rows: LoanRow[]; nextBefore: number | null }>()({
    input: z
      .object({ view: z.enum(['open', 'overdue', 'all']).default('open'), q: text(60).default(''), ...paging })
      .strict(),
    access: LENDING_READERS,
    mutates: false,
  }),

  /** Registers a customer's item; the receipt carries a claim code shown only now. */
  'lending.storage.register': ch<StorageReceipt>()({
    input: z
      .object({
        ...person,
        authorised: z.array(z.object({ name: requiredText(40), phone }).strict()).max(3).default([]),
        description: requiredText(100),
        count: z.number().int().min(1).max(99).default(1),
        place: requiredText(40),
        photoBase64: z.string().max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 40).optional(),
        remarks: text(200).default(''),
      })
      .strict(),
    access: LENDING_DESK,
    mutates: true,
  }),
  /**
   * Hands an item back: the claim code must match (of the item given, or of any item still kept), and the claimant's
   * name and phone must be the owner's or an authorised person's. The claimant signs on the pad.
   */
  'lending.storage.handBack': ch<StorageRow>()({
    input: z
      .object({
        id: id.optional(),
        claimCode: z.string().trim().regex(CLAIM_CODE_RE, { message: 'claimCode' }),
        claimantName: requiredText(40),
        claimantPhone: phone,
        signature,
      })
      .strict(),
    access: LENDING_DESK,
    mutates: true,
  }),
  /** One stored item with its photo and the collector's signature. */
  'lending.storage.get': ch<StorageDetail>()({ input: z.object({ id }).strict(), access: LENDING_READERS, mutates: false }),
  'lending.storage.list': ch<{ rows: StorageRow[]; nextBefore: number | null }>()({
    input: z
      .object({ view: z.enum(['open', 'long', 'all']).default('open'), q: text(60).default(''), ...paging })
      .strict(),
    access: LENDING_READERS,
    mutates: false,
  }),

  'lending.settings.get': ch<LendingSettings>()({ input: empty, access: LENDING_READERS, mutates: false }),
  'lending.settings.update': ch<LendingSettings>()({
    input: z.object({ longStoredDays: z.number().int().min(1).max(365).optional() }).strict(),
    access: ['general_manager'],
    mutates: true,
  }),

  /** 便民借用登记表: loans lent from..to with their return. */
  'lending.register': ch<RegisterData>()({ input: period, access: LENDING_READERS, mutates: false }),
  /** 物品寄存登记表: items stored from..to with their hand-back. */
  'lending.storageRegister': ch<RegisterData>()({ input: period, access: LENDING_READERS, mutates: false }),
};

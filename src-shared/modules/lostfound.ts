import { z } from 'zod';
import { ch } from '../contract-kit';
import { ID_DOC_TYPES } from '../rules/id-doc';
import { signatureInput } from '../rules/signature';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';
import type { LfAlertRow, LfClaimRow, LfItemDetail, LfItemRow, LfLabel, LfMatch, LfNotice, LfPlaceRow, LfReportRow, LfSettings } from './lostfound-rows';

/**
 * Lost and found 撿拾物品 (001 §4.10; 民法典 §314–318). Found property is kept by the company for the owner: it leaves
 * custody only by a recorded claim, a transfer (typically to 公安) or a disposal the general manager decided after the
 * keeping period — never quietly.
 */

/** The desk and the security department: intake, moves, claims, lost reports, transfers, executing a decided disposal. */
export const LF_DESK = ['receptionist', 'security_manager'] as const;
/** Everything the desk sees, also read by the customer-service manager (客服部 looks for owners, §4.10.2) and the GM. */
export const LF_READERS = ['receptionist', 'security_manager', 'service_manager', 'general_manager'] as const;
/** Only the general manager decides what happens to an expired item (§4.10.3). */
export const LF_DECIDER = ['general_manager'] as const;
/** Settings and storage places. */
export const LF_CONFIG = ['security_manager', 'general_manager'] as const;
/** The roles a high-value find is reported to (§4.10.1: 保安部经理、客服经理及总物业经理). */
export const LF_ALERTED = ['security_manager', 'service_manager', 'general_manager'] as const;
export type AlertRole = (typeof LF_ALERTED)[number];
/** Whose credential may confirm the count of a high-value item (anyone of the desk or a manager, not the caller). */
export const LF_COUNTERS = LF_READERS;

export const LF_CATEGORIES = ['documents', 'phones_electronics', 'cash_valuables', 'keys', 'bags', 'clothing', 'food', 'other'] as const;
export type LfCategory = (typeof LF_CATEGORIES)[number];
/** Chinese names, also used in the notice and the registers (the renderer may use its own strings). */
export const LF_CATEGORY_NAMES: Record<LfCategory, string> = {
  documents: '证件类',
  phones_electronics: '手机及电子产品',
  cash_valuables: '现金及贵重物品',
  keys: '钥匙',
  bags: '箱包',
  clothing: '衣物',
  food: '食品',
  other: '其他',
};

/** `in_custody` until it leaves by a claim (`claimed`), a transfer (`transferred`) or an executed disposal (`disposed`). */
export const LF_STATUSES = ['in_custody', 'claimed', 'transferred', 'disposed'] as const;
export type LfStatus = (typeof LF_STATUSES)[number];

/** Disposal methods the GM chooses from: hand over to 公安, return to the finder, donate, destroy. */
export const LF_METHODS = ['police', 'return_finder', 'donate', 'destroy'] as const;
export type LfMethod = (typeof LF_METHODS)[number];

export const LF_RELATIONSHIPS = ['self', 'family', 'colleague', 'other'] as const;
export type LfRelationship = (typeof LF_RELATIONSHIPS)[number];
export const LF_RELATIONSHIP_NAMES: Record<LfRelationship, string> = { self: '本人', family: '家属', colleague: '同事', other: '其他' };

export const LF_PLACE_KINDS = ['safe', 'ordinary'] as const;
export type LfPlaceKind = (typeof LF_PLACE_KINDS)[number];

/** The rows the channels answer live in ./lostfound-rows.ts; importers keep importing them from here. */
export type * from './lostfound-rows';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
/** An instant typed at the desk: ISO 8601, or `YYYY-MM-DD HH:mm` in local time. */
const instant = z.string().trim().min(10).max(40);
const empty = z.object({}).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
const optionalPhone = z.union([phone, z.literal('')]).default('');
/** Yuan with at most 2 decimals; stored as integer fen. */
const yuan = z.number().min(0).max(100_000_000).multipleOf(0.01);
const credential = z.object({ username: requiredText(32), password: z.string().min(1).max(128) }).strict();
const receiver = { receiverName: requiredText(40), receiverUnit: text(60).default(''), note: text(300).default('') };
const period = z.object({ from: date, to: date }).strict();

export const lostfoundChannels = {
  /**
   * Registers a found item. High-value (by category or declared value ≥ the setting) requires a safe storage place,
   * `countedBy` (another user's credential, typed on the spot) and, for cash, `cashAmount`; it alerts the security,
   * customer-service and general managers.
   */
  'lostfound.intake': ch<LfItemRow>()({
    input: z
      .object({
        name: requiredText(60),
        category: z.enum(LF_CATEGORIES),
        quantity: z.number().int().min(1).max(9999).default(1),
        features: text(500).default(''),
        /** Default: now. */
        foundAt: instant.optional(),
        foundPlace: requiredText(100),
        /** General place for the public notice; defaults to `foundPlace`. */
        noticePlace: text(40).default(''),
        finderKind: z.enum(['staff', 'visitor']),
        finderName: requiredText(40),
        /** Required for a visitor. */
        finderPhone: optionalPhone,
        declaredValue: yuan.optional(),
        cashAmount: yuan.optional(),
        countedBy: credential.optional(),
        placeId: id,
        photoBase64: z.string().max(700_000).optional(),
        remarks: text(300).default(''),
      })
      .strict(),
    access: LF_DESK,
    mutates: true,
  }),
  'lostfound.get': ch<LfItemDetail>()({ input: z.object({ id }).strict(), access: LF_READERS, mutates: false }),
  /** Number, name, features, place, finder (pinyin too), finder phone tail; newest first, paged by id. */
  'lostfound.search': ch<{ rows: LfItemRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(60).default(''),
        category: z.enum(LF_CATEGORIES).optional(),
        status: z.enum([...LF_STATUSES, 'all']).default('all'),
        /** Found between these days (inclusive). */
        from: date.optional(),
        to: date.optional(),
        ...paging,
      })
      .strict(),
    access: LF_READERS,
    mutates: false,
  }),
  /** Moves an item in custody to another storage place (high-value: safe places only). */
  'lostfound.move': ch<LfItemRow>()({
    input: z.object({ id, placeId: id, note: text(200).default('') }).strict(),
    access: LF_DESK,
    mutates: true,
  }),
  /**
   * A claim at the desk: the claimant describes the item and shows ID; the desk compares with the features and
   * records its verdict. Accepted: signature required, the item leaves custody as claimed. Rejected: reason required,
   * the item stays. The ID number is validated, then only its masked form is stored.
   */
  'lostfound.claims.create': ch<LfClaimRow>()({
    input: z
      .object({
        itemId: id,
        claimantName: requiredText(40),
        claimantPhone: phone,
        idType: z.enum(ID_DOC_TYPES),
        idNumber: requiredText(40),
        relationship: z.enum(LF_RELATIONSHIPS),
        description: requiredText(500),
        verdict: z.enum(['accepted', 'rejected']),
        reason: text(300).default(''),
        signature: signatureInput.optional(),
      })
      .strict(),
    access: LF_DESK,
    mutates: true,
  }),
  /** The signature image of an accepted claim or an executed handover; every view is audited. */
  'lostfound.signature': ch<{ png: string }>()({
    input: z.object({ claimId: id.optional(), itemId: id.optional() }).strict(),
    access: LF_READERS,
    mutates: true,
  }),
  /** Hands an item in custody over before expiry (e.g. ID cards to 公安): officer (receiverName) and unit required. */
  'lostfound.transfer': ch<LfItemRow>()({
    input: z.object({ id, ...receiver, receiverUnit: requiredText(60), signature: signatureInput.optional() }).strict(),
    access: LF_DESK,
    mutates: true,
  }),

  /** Items in custody past their keeping period or (ID documents) past the police due date, oldest first. */
  'lostfound.expired': ch<LfItemRow[]>()({ input: empty, access: LF_READERS, mutates: false }),
  /**
   * The GM decides an expired item's disposal. Refused before expiry, except `police` for an ID document past its
   * police due date. One decision per item.
   */
  'lostfound.disposal.decide': ch<LfItemRow>()({
    input: z.object({ id, method: z.enum(LF_METHODS), note: requiredText(300) }).strict(),
    access: LF_DECIDER,
    mutates: true,
  }),
  /** Carries out the decided disposal; for `police` the unit is required too. The item leaves custody as disposed. */
  'lostfound.disposal.execute': ch<LfItemRow>()({
    input: z.object({ id, ...receiver, executedAt: instant.optional(), signature: signatureInput.optional() }).strict(),
    access: LF_DESK,
    mutates: true,
  }),

  'lostfound.reports.create': ch<LfReportRow>()({
    input: z
      .object({
        reporterName: requiredText(40),
        reporterPhone: phone,
        itemName: requiredText(60),
        category: z.enum(LF_CATEGORIES),
        lostPlace: text(100).default(''),
        lostDate: date,
        description: text(500).default(''),
      })
      .strict(),
    access: LF_DESK,
    mutates: true,
  }),
  'lostfound.reports.list': ch<{ rows: LfReportRow[]; nextBefore: number | null }>()({
    input: z.object({ q: text(60).default(''), status: z.enum(['open', 'closed', 'all']).default('open'), ...paging }).strict(),
    access: LF_READERS,
    mutates: false,
  }),
  /** Closes a report (found, withdrawn…) with a note. */
  'lostfound.reports.close': ch<LfReportRow>()({
    input: z.object({ id, note: requiredText(200) }).strict(),
    access: LF_DESK,
    mutates: true,
  }),
  /**
   * Exactly one of `reportId` (→ items in custody) or `itemId` (→ open reports); best first, at most 20. Score 0–100:
   * found within 2 days before to 30 days after the loss date 20 (outside: never a match), same category 40, place
   * words in common up to 20, description words (Chinese character pairs) up to 20; shown from 40.
   */
  'lostfound.matches': ch<LfMatch[]>()({
    input: z.object({ reportId: id.optional(), itemId: id.optional() }).strict(),
    access: LF_READERS,
    mutates: false,
  }),

  /** The caller's unacknowledged alerts (by role), newest first. */
  'lostfound.alerts.list': ch<LfAlertRow[]>()({ input: empty, access: LF_ALERTED, mutates: false }),
  'lostfound.alerts.ack': ch<{ acked: number }>()({ input: z.object({ ids: z.array(id).min(1).max(100) }).strict(), access: LF_ALERTED, mutates: true }),

  /** 招领启事: items in custody (all, or the given ones), without anything that verifies a claim. */
  'lostfound.notice': ch<LfNotice>()({ input: z.object({ ids: z.array(id).min(1).max(200).optional() }).strict(), access: LF_READERS, mutates: false }),
  'lostfound.label': ch<LfLabel>()({ input: z.object({ id }).strict(), access: LF_DESK, mutates: false }),

  'lostfound.places.list': ch<LfPlaceRow[]>()({ input: empty, access: LF_READERS, mutates: false }),
  'lostfound.places.save': ch<LfPlaceRow>()({
    input: z.object({ id: id.optional(), name: requiredText(30), kind: z.enum(LF_PLACE_KINDS), active: z.boolean().default(true) }).strict(),
    access: LF_CONFIG,
    mutates: true,
  }),
  'lostfound.settings.get': ch<LfSettings>()({ input: empty, access: LF_READERS, mutates: false }),
  'lostfound.settings.update': ch<LfSettings>()({
    input: z
      .object({
        highValueYuan: z.number().int().min(1).max(1_000_000).optional(),
        highValueCategories: z.array(z.enum(LF_CATEGORIES)).max(LF_CATEGORIES.length).optional(),
        /** Only the categories given change. */
        retentionDays: z.partialRecord(z.enum(LF_CATEGORIES), z.number().int().min(1).max(3650)).optional(),
        idPoliceDays: z.number().int().min(1).max(90).optional(),
        registerFormNo: text(30).optional(),
        disposalFormNo: text(30).optional(),
      })
      .strict(),
    access: LF_CONFIG,
    mutates: true,
  }),

  /** 撿拾物品記錄表: items registered from..to, with the claimant (masked ID) and the claim signature as an image cell. */
  'lostfound.register': ch<RegisterData>()({ input: period, access: LF_READERS, mutates: false }),
  /** 撿拾物品处置登记表: disposal decisions made from..to and their execution. */
  'lostfound.disposalRegister': ch<RegisterData>()({ input: period, access: LF_READERS, mutates: false }),
};

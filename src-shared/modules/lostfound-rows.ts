import type { IdDocType } from '../rules/id-doc';
import type { AlertRole, LfCategory, LfMethod, LfPlaceKind, LfRelationship, LfStatus } from './lostfound';

/** What the lost-and-found channels answer (see ./lostfound.ts for the channels, roles and codes). */

export interface LfPlaceRow {
  id: number;
  name: string;
  /** `safe`: the valuables safe (贵重物品保险箱); high-value items may only be stored in such a place. */
  kind: LfPlaceKind;
  active: boolean;
  /** Items in custody there now. */
  items: number;
}

/** The decided disposal of an item (one per item), and its execution once done. */
export interface LfDecisionRow {
  method: LfMethod;
  note: string;
  decidedAt: string;
  decidedBy: string;
  executedAt: string | null;
  executedBy: string | null;
}

/** Who received the item when it left by a transfer or an executed disposal. */
export interface LfHandoverRow {
  /** The receiving officer (公安), the finder, the charity's or the destroying person's name. */
  receiverName: string;
  /** The receiving unit, e.g. 某某派出所; empty where none. */
  receiverUnit: string;
  note: string;
  at: string;
  by: string;
  hasSignature: boolean;
}

export interface LfItemRow {
  id: number;
  /** SW-20261123-001, gap-free per intake day. */
  itemNo: string;
  name: string;
  category: LfCategory;
  categoryName: string;
  quantity: number;
  /** Distinguishing features, used to verify a claim: never on the public notice or the label. */
  features: string;
  foundAt: string;
  foundPlace: string;
  /** The general place printed on the 招领启事 (e.g. 大堂); the exact place stays internal. */
  noticePlace: string;
  finderKind: 'staff' | 'visitor';
  finderName: string;
  finderPhone: string;
  /** Declared value in fen (integer), or null when none was declared. */
  declaredValueFen: number | null;
  highValue: boolean;
  /** Cash counted at intake, in fen (cash only). */
  cashAmountFen: number | null;
  /** The second person who confirmed the count on the spot (high-value items). */
  countedBy: string | null;
  countedAt: string | null;
  placeId: number;
  placeName: string;
  placeKind: LfPlaceKind;
  hasPhoto: boolean;
  remarks: string;
  status: LfStatus;
  /** When and by whom it left custody (null while in custody). */
  closedAt: string | null;
  closedBy: string | null;
  /** End of the keeping period (found + category days). */
  expiresAt: string;
  /** ID documents only: hand to 公安 by then. */
  policeDueAt: string | null;
  /** In custody and past `expiresAt` at the time of the call. */
  expired: boolean;
  /** In custody, an ID document, and past `policeDueAt`. */
  policeOverdue: boolean;
  registeredAt: string;
  registeredBy: string;
  decision: LfDecisionRow | null;
  handover: LfHandoverRow | null;
  /** The accepted claim's claimant (status `claimed`). */
  claimantName: string | null;
}

export interface LfEventRow {
  /** intake | move | claim_accepted | claim_rejected | transfer | decision | execution | photo */
  kind: string;
  at: string;
  by: string;
  note: string;
}

export interface LfClaimRow {
  id: number;
  itemId: number;
  claimantName: string;
  claimantPhone: string;
  idType: IdDocType;
  /** Only the masked number is stored (1101**********002X): enough to check again, not to copy. */
  idMasked: string;
  relationship: LfRelationship;
  relationshipName: string;
  /** What the claimant said the item looks like, before seeing it. */
  description: string;
  verdict: 'accepted' | 'rejected';
  /** Why a claim was rejected (empty when accepted). */
  reason: string;
  at: string;
  by: string;
  hasSignature: boolean;
}

export interface LfItemDetail {
  item: LfItemRow;
  /** The photo as a data URL, or null. */
  photo: string | null;
  events: LfEventRow[];
  /** Every claim, rejected ones with their reasons, oldest first. */
  claims: LfClaimRow[];
  /** Open lost reports matching this item (see `lostfound.matches`). */
  matchCount: number;
}

export interface LfAlertRow {
  id: number;
  itemId: number;
  itemNo: string;
  itemName: string;
  role: AlertRole;
  message: string;
  createdAt: string;
}

export interface LfReportRow {
  id: number;
  /** YS-20261123-001. */
  reportNo: string;
  reporterName: string;
  reporterPhone: string;
  itemName: string;
  category: LfCategory;
  categoryName: string;
  lostPlace: string;
  /** YYYY-MM-DD. */
  lostDate: string;
  description: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedNote: string;
  createdAt: string;
  createdBy: string;
}

export interface LfMatch {
  score: number;
  /** Chinese reasons: 类别相同, 日期相符…, 地点相近：…, 描述相似：… */
  reasons: string[];
  item: LfItemRow | null;
  report: LfReportRow | null;
}

export interface LfSettings {
  /** Declared value (yuan) from which an item is high-value. */
  highValueYuan: number;
  /** Categories that are always high-value. */
  highValueCategories: LfCategory[];
  /** Keeping period in days per category (default 90, food 1). */
  retentionDays: Record<LfCategory, number>;
  /** ID documents are handed to 公安 within this many days of being found. */
  idPoliceDays: number;
  /**
   * The company's form numbers (表号) printed on 撿拾物品記錄表 and the disposal register. 001 §4.10 names the form but
   * gives no number (unlike 000's QR-WD01-02-*), so none is invented: empty prints none until the company sets its own.
   */
  registerFormNo: string;
  disposalFormNo: string;
}

/** A 招领启事 line: deliberately without features, description, photo, value or count. */
export interface LfNoticeLine {
  itemNo: string;
  name: string;
  categoryName: string;
  /** YYYY-MM-DD. */
  foundDate: string;
  place: string;
}

export interface LfNotice {
  orgName: string;
  title: string;
  items: LfNoticeLine[];
  printedAt: string;
}

/** The label stuck on the item (barcode = itemNo); no features. */
export interface LfLabel {
  itemNo: string;
  name: string;
  categoryName: string;
  placeName: string;
  foundAt: string;
}

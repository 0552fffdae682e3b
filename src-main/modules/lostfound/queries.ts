import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import {
  LF_CATEGORY_NAMES,
  LF_RELATIONSHIP_NAMES,
  type LfCategory,
  type LfClaimRow,
  type LfEventRow,
  type LfItemRow,
  type LfMethod,
  type LfPlaceKind,
  type LfRelationship,
  type LfStatus,
} from '../../../src-shared/modules/lostfound';
import type { IdDocType } from '../../../src-shared/rules/id-doc';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';
import { cached } from '../../db/statements';

type RawItem = Omit<
  LfItemRow,
  'categoryName' | 'highValue' | 'hasPhoto' | 'expired' | 'policeOverdue' | 'decision' | 'handover' | 'category' | 'status' | 'placeKind' | 'finderKind'
> & {
  category: string;
  status: string;
  placeKind: string;
  finderKind: string;
  highValue: number;
  hasPhoto: number;
  receiverName: string | null;
  receiverUnit: string | null;
  handoverNote: string | null;
  handoverSignatureId: number | null;
  method: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  executedAt: string | null;
  executedBy: string | null;
};

export const ITEM_SELECT = `SELECT i.id, i.item_no AS itemNo, i.name, i.category, i.quantity, i.features, i.found_at AS foundAt,
    i.found_place AS foundPlace, i.notice_place AS noticePlace, i.finder_kind AS finderKind, i.finder_name AS finderName,
    i.finder_phone AS finderPhone, i.declared_value_fen AS declaredValueFen, i.high_value AS highValue,
    i.cash_amount_fen AS cashAmountFen, uc.display_name AS countedBy, i.counted_at AS countedAt, i.place_id AS placeId,
    p.name AS placeName, p.kind AS placeKind, i.photo IS NOT NULL AS hasPhoto, i.remarks, i.status, i.closed_at AS closedAt,
    ux.display_name AS closedBy, i.expires_at AS expiresAt, i.police_due_at AS policeDueAt, i.registered_at AS registeredAt,
    ur.display_name AS registeredBy, i.receiver_name AS receiverName, i.receiver_unit AS receiverUnit,
    i.handover_note AS handoverNote, i.handover_signature_id AS handoverSignatureId,
    d.method, d.note AS decisionNote, d.decided_at AS decidedAt, ud.display_name AS decidedBy, d.executed_at AS executedAt,
    ue.display_name AS executedBy,
    (SELECT c.claimant_name FROM lostfound_claims c WHERE c.item_id = i.id AND c.verdict = 'accepted') AS claimantName
  FROM lostfound_items i JOIN lostfound_places p ON p.id = i.place_id JOIN users ur ON ur.id = i.registered_by
  LEFT JOIN users uc ON uc.id = i.counted_by LEFT JOIN users ux ON ux.id = i.closed_by
  LEFT JOIN lostfound_disposals d ON d.item_id = i.id LEFT JOIN users ud ON ud.id = d.decided_by
  LEFT JOIN users ue ON ue.id = d.executed_by`;

export const categoryName = (c: string): string => LF_CATEGORY_NAMES[c as LfCategory] ?? c;

// Field by field: a raw row is a dictionary-mode object that V8 spreads slowly (docs/performance.md).
function toItem(r: RawItem, now: Date): LfItemRow {
  const open = r.status === 'in_custody';
  const nowIso = now.toISOString();
  return {
    id: r.id,
    itemNo: r.itemNo,
    name: r.name,
    category: r.category as LfCategory,
    categoryName: categoryName(r.category),
    quantity: r.quantity,
    features: r.features,
    foundAt: r.foundAt,
    foundPlace: r.foundPlace,
    noticePlace: r.noticePlace,
    finderKind: r.finderKind as 'staff' | 'visitor',
    finderName: r.finderName,
    finderPhone: r.finderPhone,
    declaredValueFen: r.declaredValueFen,
    highValue: r.highValue === 1,
    cashAmountFen: r.cashAmountFen,
    countedBy: r.countedBy,
    countedAt: r.countedAt,
    placeId: r.placeId,
    placeName: r.placeName,
    placeKind: r.placeKind as LfPlaceKind,
    hasPhoto: r.hasPhoto === 1,
    remarks: r.remarks,
    status: r.status as LfStatus,
    closedAt: r.closedAt,
    closedBy: r.closedBy,
    expiresAt: r.expiresAt,
    policeDueAt: r.policeDueAt,
    expired: open && r.expiresAt <= nowIso,
    policeOverdue: open && r.policeDueAt !== null && r.policeDueAt <= nowIso,
    registeredAt: r.registeredAt,
    registeredBy: r.registeredBy,
    claimantName: r.claimantName,
    decision:
      r.method && r.decidedAt
        ? { method: r.method as LfMethod, note: r.decisionNote ?? '', decidedAt: r.decidedAt, decidedBy: r.decidedBy ?? '', executedAt: r.executedAt, executedBy: r.executedBy }
        : null,
    handover:
      r.receiverName !== null && r.closedAt
        ? {
            receiverName: r.receiverName,
            receiverUnit: r.receiverUnit ?? '',
            note: r.handoverNote ?? '',
            at: r.closedAt,
            by: r.closedBy ?? '',
            hasSignature: r.handoverSignatureId !== null,
          }
        : null,
  };
}

/** Positional parameters as better-sqlite3 binds them. */
export function itemsWhere(ctx: Ctx, where: string, ...params: unknown[]): LfItemRow[] {
  return (cached(ctx.db, `${ITEM_SELECT} WHERE ${where}`).all(...params) as RawItem[]).map((r) => toItem(r, ctx.now));
}

export function mustFindItem(ctx: Ctx, id: number): LfItemRow {
  const item = itemsWhere(ctx, 'i.id = ?', id)[0];
  if (!item) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  return item;
}

/** How an item left custody, for the refusal message. */
function leftHow(ctx: Ctx, item: LfItemRow): string {
  switch (item.status) {
    case 'claimed':
      return msg(ctx, 'leftClaimed', { name: item.claimantName ?? '' });
    case 'transferred':
      return msg(ctx, 'leftTransferred', { unit: item.handover?.receiverUnit ?? '', name: item.handover?.receiverName ?? '' });
    default:
      return msg(ctx, 'leftDisposed', { method: msg(ctx, `method_${item.decision?.method ?? 'destroy'}`) });
  }
}

/** Anything done to an item needs it in custody; otherwise a clear refusal, nothing changed. */
export function mustBeInCustody(ctx: Ctx, id: number): LfItemRow {
  const item = mustFindItem(ctx, id);
  if (item.status !== 'in_custody') {
    throw new DeskError('LOSTFOUND_NOT_IN_CUSTODY', { what: `${item.itemNo} ${item.name}`, at: formatTime(item.closedAt), how: leftHow(ctx, item) });
  }
  return item;
}

export function eventsOf(ctx: Ctx, itemId: number): LfEventRow[] {
  return ctx.db
    .prepare(
      `SELECT e.kind, e.at, u.display_name AS by, e.note FROM lostfound_events e JOIN users u ON u.id = e.by_user
       WHERE e.item_id = ? ORDER BY e.id`,
    )
    .all(itemId) as LfEventRow[];
}

/** Every change of an item also goes into its own history, shown on its detail page. */
export function addEvent(ctx: Ctx, itemId: number, kind: string, by: number, note = ''): void {
  ctx.db.prepare('INSERT INTO lostfound_events(item_id, kind, at, by_user, note) VALUES (?, ?, ?, ?, ?)').run(itemId, kind, ctx.now.toISOString(), by, note);
}

type RawClaim = Omit<LfClaimRow, 'relationshipName' | 'hasSignature' | 'idType' | 'relationship' | 'verdict'> & {
  idType: string;
  relationship: string;
  verdict: string;
  hasSignature: number;
};

const CLAIM_SELECT = `SELECT c.id, c.item_id AS itemId, c.claimant_name AS claimantName, c.claimant_phone AS claimantPhone,
    c.id_type AS idType, c.id_masked AS idMasked, c.relationship, c.description, c.verdict, c.reason, c.at,
    u.display_name AS by, c.signature_id IS NOT NULL AS hasSignature
  FROM lostfound_claims c JOIN users u ON u.id = c.by_user`;

export function claimsWhere(ctx: Ctx, where: string, ...params: unknown[]): LfClaimRow[] {
  return (ctx.db.prepare(`${CLAIM_SELECT} WHERE ${where}`).all(...params) as RawClaim[]).map((c) => ({
    ...c,
    idType: c.idType as IdDocType,
    relationship: c.relationship as LfRelationship,
    relationshipName: LF_RELATIONSHIP_NAMES[c.relationship as LfRelationship] ?? c.relationship,
    verdict: c.verdict as 'accepted' | 'rejected',
    hasSignature: c.hasSignature === 1,
  }));
}

/** An instant typed at the desk (`YYYY-MM-DD HH:mm` local, or ISO); refused when unreadable or in the future. */
export function typedInstant(ctx: Ctx, value: string | undefined, field: string): Date {
  if (value === undefined) return ctx.now;
  const d = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/.test(value) ? dayjs(value.replace(' ', 'T')) : dayjs(value);
  if (!d.isValid()) throw new DeskError('VALIDATION', {}, { [field]: msg(ctx, 'timeBad') });
  if (d.isAfter(ctx.now)) throw new DeskError('VALIDATION', {}, { [field]: msg(ctx, 'timeFuture') });
  return d.toDate();
}

export const yuanText = (fen: number | null): string => (fen === null ? '' : `¥${(fen / 100).toFixed(2)}`);
export const toFen = (yuan: number): number => Math.round(yuan * 100);

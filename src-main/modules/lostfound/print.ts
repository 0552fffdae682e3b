import dayjs from 'dayjs';
import type { LfItemRow, LfLabel, LfNotice } from '../../../src-shared/modules/lostfound';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { maskPhone } from '../../../src-shared/rules/text';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerColumns, registerT } from '../registers/build';
import { readSettings } from '../settings/store';
import { methodZh } from './disposal';
import { itemsWhere, mustBeInCustody, mustFindItem, yuanText } from './queries';
import { readLfSettings } from './settings';
import { signaturePng } from './signature';

/**
 * 招领启事: what was found, roughly where and when — never the features, description, photo, value or count, which
 * are what a claimant must tell the desk to prove the item is theirs.
 */
export function notice(ctx: Ctx, ids?: number[]): LfNotice {
  const items = ids ? ids.map((id) => mustBeInCustody(ctx, id)) : itemsWhere(ctx, `i.status = 'in_custody' ORDER BY i.found_at, i.id`);
  return {
    orgName: readSettings(ctx.db).orgName,
    title: registerT(ctx)('lostfound.noticeTitle'),
    items: items.map((i) => ({
      itemNo: i.itemNo,
      name: i.name,
      categoryName: i.categoryName,
      foundDate: dayjs(i.foundAt).format('YYYY-MM-DD'),
      place: i.noticePlace,
    })),
    printedAt: formatTime(ctx.now.toISOString()),
  };
}

export function label(ctx: Ctx, id: number): LfLabel {
  const i = mustFindItem(ctx, id);
  return { itemNo: i.itemNo, name: i.name, categoryName: i.categoryName, placeName: i.placeName, foundAt: formatTime(i.foundAt) };
}

function statusText(ctx: Ctx, i: LfItemRow): string {
  const t = registerT(ctx);
  if (i.status === 'in_custody') return i.expired ? t('lostfound.status.expired') : t('lostfound.status.in_custody');
  if (i.status === 'claimed') return t('lostfound.status.claimed');
  const to = i.handover ? ` ${[i.handover.receiverUnit, i.handover.receiverName].filter(Boolean).join(' ')}` : '';
  if (i.status === 'transferred') return `${t('lostfound.status.transferred')}${to}`;
  return `${i.decision ? methodZh(i.decision.method) : t('lostfound.status.disposed')}${to}`;
}

/** 撿拾物品記錄表 (§4.10.1–4.10.2): internal, so the features are on it; the claimant signs on it (as an image cell). */
export function foundRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const items = itemsWhere(ctx, 'i.intake_day BETWEEN ? AND ? ORDER BY i.registered_at, i.id', from, to);
  const claim = ctx.db.prepare(
    `SELECT c.claimant_name AS name, c.id_masked AS idMasked, c.claimant_phone AS phone, c.at, c.signature_id AS signatureId
     FROM lostfound_claims c WHERE c.item_id = ? AND c.verdict = 'accepted'`,
  );
  return buildRegister(ctx, {
    title: t('lostfound.registerTitle'),
    formNo: readLfSettings(ctx.db).registerFormNo || null,
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: registerColumns(t, 'lostfound.col', { itemNo: 15, foundAt: 14, place: 12, item: 14, quantity: 6, features: 20, finder: 12, storage: 10, status: 12, claimant: 18, claimedAt: 14, claimSignature: 14 }),
    rows: items.map((i) => {
      const c = claim.get(i.id) as { name: string; idMasked: string; phone: string; at: string; signatureId: number } | undefined;
      const value = [i.cashAmountFen !== null ? `现金 ${yuanText(i.cashAmountFen)}` : '', i.declaredValueFen !== null ? `价值 ${yuanText(i.declaredValueFen)}` : '']
        .filter(Boolean)
        .join('，');
      return {
        itemNo: i.itemNo,
        foundAt: formatTime(i.foundAt),
        place: i.foundPlace,
        item: `${i.name}（${i.categoryName}）`,
        quantity: String(i.quantity),
        features: [i.features, value].filter(Boolean).join('；'),
        finder: [i.finderName, maskPhone(i.finderPhone)].filter(Boolean).join(' '),
        storage: i.placeName,
        status: statusText(ctx, i),
        claimant: c ? `${c.name} ${c.idMasked}` : '',
        claimedAt: c ? formatTime(c.at) : '',
        claimSignature: c ? signaturePng(ctx, c.signatureId) : '',
      };
    }),
    fileStem: `撿拾物品記錄表-${from}-${to}`,
  });
}

/** 失物处置登记表: the GM's decisions made from..to and their execution. */
export function disposalRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const items = itemsWhere(
    ctx,
    `i.id IN (SELECT item_id FROM lostfound_disposals WHERE decided_day BETWEEN ? AND ?) ORDER BY (SELECT decided_at FROM lostfound_disposals WHERE item_id = i.id), i.id`,
    from,
    to,
  );
  return buildRegister(ctx, {
    title: t('lostfound.disposalRegisterTitle'),
    formNo: readLfSettings(ctx.db).disposalFormNo || null,
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: registerColumns(t, 'lostfound.col', { itemNo: 15, item: 16, foundAt: 14, expiresAt: 14, method: 12, note: 18, decidedAt: 14, decidedBy: 8, executedAt: 14, executedBy: 8, receiver: 18 }),
    rows: items.map((i) => ({
      itemNo: i.itemNo,
      item: `${i.name} ×${i.quantity}（${i.categoryName}）`,
      foundAt: formatTime(i.foundAt),
      expiresAt: formatTime(i.expiresAt),
      method: i.decision ? methodZh(i.decision.method) : '',
      note: i.decision?.note ?? '',
      decidedAt: formatTime(i.decision?.decidedAt),
      decidedBy: i.decision?.decidedBy ?? '',
      executedAt: i.decision?.executedAt ? formatTime(i.decision.executedAt) : i.status === 'in_custody' ? t('lostfound.pendingMark') : statusText(ctx, i),
      executedBy: i.decision?.executedBy ?? '',
      receiver: i.handover && i.status === 'disposed' ? [i.handover.receiverUnit, i.handover.receiverName].filter(Boolean).join(' ') : '',
    })),
    signatures: [t('registers.signDrafter'), t('lostfound.signGm')],
    fileStem: `失物处置登记表-${from}-${to}`,
  });
}

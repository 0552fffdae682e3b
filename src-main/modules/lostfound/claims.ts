import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import { LF_RELATIONSHIP_NAMES, type lostfoundChannels } from '../../../src-shared/modules/lostfound';
import { checkIdDocument } from '../../../src-shared/rules/id-doc';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { addEvent, mustBeInCustody } from './queries';
import { storeSignature } from './signature';

type ClaimInput = ParsedInputOf<(typeof lostfoundChannels)['lostfound.claims.create']>;

/**
 * A claim at the desk (§4.10.2): the claimant's description is compared with the recorded features by the desk, who
 * records the verdict. The ID is checked (GB 11643 for 居民身份证, the document's shape otherwise), then only its
 * masked form is kept: the visitor log keeps full numbers for 公安 reporting, a returned wallet does not need one.
 */
export function createClaim(ctx: Ctx, input: ClaimInput): number {
  const caller = callerOf(ctx);
  const item = mustBeInCustody(ctx, input.itemId);
  const check = checkIdDocument(input.idType, input.idNumber, ctx.now);
  const fields: Record<string, string> = {};
  if (!check.ok) {
    const problems = check.problems.map((p) => translate(ctx.lang, `idProblems.${p}`)).join(msg(ctx, 'listSep'));
    fields.idNumber = msg(ctx, 'idInvalid', { problems });
  }
  if (input.verdict === 'rejected' && !input.reason) fields.reason = msg(ctx, 'reasonRequired');
  if (input.verdict === 'accepted' && !input.signature) fields.signature = msg(ctx, 'signatureBad');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  const signatureId = input.verdict === 'accepted' ? storeSignature(ctx, input.signature ?? '') : null;
  const idMasked = maskIdNumber(check.normalized);
  const at = ctx.now.toISOString();
  const claimId = Number(
    ctx.db
      .prepare(
        `INSERT INTO lostfound_claims(item_id, claimant_name, claimant_phone, id_type, id_masked, relationship, description, verdict,
           reason, signature_id, at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        item.id, input.claimantName, input.claimantPhone, input.idType, idMasked, input.relationship, input.description, input.verdict,
        input.verdict === 'accepted' ? '' : input.reason, signatureId, at, caller.userId,
      ).lastInsertRowid,
  );
  const who = `${input.claimantName}（${LF_RELATIONSHIP_NAMES[input.relationship]}，${translate(ctx.lang, `idTypes.${input.idType}`)} ${idMasked}）`;
  if (input.verdict === 'accepted') {
    ctx.db.prepare(`UPDATE lostfound_items SET status = 'claimed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'in_custody'`).run(at, caller.userId, item.id);
    addEvent(ctx, item.id, 'claim_accepted', caller.userId, `${who} 认领，核对特征相符，签名领回`);
    ctx.note({ entity: 'lostfound_item', entityId: item.id, summary: `失物认领 ${item.itemNo} ${item.name} ×${item.quantity}：${who} 核对相符，签名领回` });
  } else {
    addEvent(ctx, item.id, 'claim_rejected', caller.userId, `${who} 认领未通过：${input.reason}`);
    ctx.note({ entity: 'lostfound_item', entityId: item.id, summary: `失物认领未通过 ${item.itemNo} ${item.name}：${who}，理由：${input.reason}` });
  }
  return claimId;
}

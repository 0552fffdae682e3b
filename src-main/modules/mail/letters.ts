import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { MailSettings } from '../../../src-shared/modules/mail';
import { isS10Shape } from '../../../src-shared/rules/couriers';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { addEvent, itemsWhere, type Aging } from './queries';
import { resolveRecipient, type RecipientInput } from './recipient';
import { mailSearch } from './search';
import { checkedTrackingNo } from './signin';
import { storeSignature } from './signature';

/**
 * When a letter must be in its mailbox (001 §3.8.13 "在规定时间内"): the set time, `letterDueDays` after it came
 * in; one that comes in after that time on a same-day rule is due the next day at that time.
 */
export function letterDueAt(receivedAt: Date, s: MailSettings): Date {
  const [h, m] = s.letterDueTime.split(':').map(Number);
  let due = dayjs(receivedAt).add(s.letterDueDays, 'day').hour(h).minute(m).second(0).millisecond(0);
  if (!due.isAfter(receivedAt)) due = due.add(1, 'day');
  return due.toDate();
}

export interface LetterInput extends RecipientInput {
  kind: 'letter' | 'registered';
  trackingNo: string;
  pieces: number;
  sender: string;
  remarks: string;
}

export function registerLetter(ctx: Ctx, settings: MailSettings, input: LetterInput): number {
  const caller = callerOf(ctx);
  let trackingNo = '';
  if (input.kind === 'registered') {
    if (!input.trackingNo) throw new DeskError('VALIDATION', {}, { trackingNo: msg(ctx, 'registeredNeedsNo') });
    trackingNo = checkedTrackingNo(ctx, input.trackingNo);
  } else if (input.trackingNo) {
    trackingNo = checkedTrackingNo(ctx, input.trackingNo);
  }
  const who = resolveRecipient(ctx, input);
  const due = letterDueAt(ctx.now, settings);
  const carrier = isS10Shape(trackingNo) && trackingNo.startsWith('E') ? 'EMS' : 'POST';
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO mail_items(kind, tracking_no, carrier, occupant_id, unit_id, unit_label, recipient_name, recipient_phone, matched,
           no_consent, pieces, sender, remarks, status, received_at, received_day, received_by, due_at)
         VALUES (@kind, @trackingNo, @carrier, @occupantId, @unitId, @unitLabel, @recipientName, @recipientPhone, @matched, 0, @pieces,
           @sender, @remarks, 'waiting', @at, @day, @by, @due)`,
      )
      .run({
        kind: input.kind,
        trackingNo,
        carrier,
        ...who,
        matched: who.matched ? 1 : 0,
        pieces: input.pieces,
        sender: input.sender,
        remarks: input.remarks,
        at: ctx.now.toISOString(),
        day: dayjs(ctx.now).format('YYYY-MM-DD'),
        by: caller.userId,
        due: due.toISOString(),
      }).lastInsertRowid,
  );
  mailSearch.put(ctx.db, id, { trackingNo, pickupCode: '', sender: input.sender, ...who });
  addEvent(ctx.db, id, 'registered', ctx.now, caller.userId, dayjs(due).format('YYYY-MM-DD HH:mm'));
  const what = input.kind === 'registered' ? `挂号信 ${trackingNo}` : `信件 ${input.pieces} 封`;
  ctx.note({
    entity: 'mail_item',
    entityId: id,
    summary: `登记${what} → ${[who.unitLabel, who.recipientName].filter(Boolean).join(' ')}，应于 ${dayjs(due).format('YYYY-MM-DD HH:mm')} 前投递`,
  });
  return id;
}

/** Letters into their mailboxes; registered ones only against the recipient's signature. */
export function deliverLetters(ctx: Ctx, aging: Aging, ids: number[], signature: string | undefined): number {
  const caller = callerOf(ctx);
  const unique = [...new Set(ids)];
  const items = itemsWhere(ctx.db, aging, `m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id`, JSON.stringify(unique));
  if (items.length !== unique.length) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  for (const m of items) {
    const what = m.trackingNo || `${m.unitLabel} ${m.recipientName}`.trim();
    if (m.kind === 'parcel') throw new DeskError('MAIL_WRONG_STATE', { what, status: msg(ctx, 'notLetter') });
    if (m.status !== 'waiting') throw new DeskError('MAIL_WRONG_STATE', { what, status: msg(ctx, `status_${m.status}`) });
  }
  const registered = items.filter((m) => m.kind === 'registered');
  if (registered.length && !signature) throw new DeskError('VALIDATION', {}, { signature: msg(ctx, 'registeredNeedsSignature') });
  // One signature stands for one recipient: registered letters for several are delivered one recipient at a time.
  const signers = new Set(registered.map((m) => `${m.unitLabel} ${m.recipientName}`.trim()));
  if (signers.size > 1) throw new DeskError('MIXED_RECIPIENTS', { recipients: [...signers].join('、') });
  const signatureId = registered.length && signature ? storeSignature(ctx, signature) : null;
  const at = ctx.now.toISOString();
  const done = ctx.db.prepare(
    `UPDATE mail_items SET status = 'delivered', closed_at = ?, closed_by = ?, signature_id = ? WHERE id = ? AND status = 'waiting'`,
  );
  for (const m of items) {
    done.run(at, caller.userId, m.kind === 'registered' ? signatureId : null, m.id);
    addEvent(ctx.db, m.id, 'delivered', ctx.now, caller.userId, m.overdue ? 'late' : '');
  }
  const late = items.filter((m) => m.overdue).length;
  ctx.note({
    entity: 'mail_item',
    summary: `投递信件 ${items.length} 件：${items.map((m) => `${m.unitLabel}${m.trackingNo ? ` ${m.trackingNo}` : ''}`).join('、')}${late ? `（其中 ${late} 件逾期）` : ''}`,
  });
  return items.length;
}

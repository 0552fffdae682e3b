import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { OccupantKind } from '../../../src-shared/modules/directory';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { isMainlandPlate, normalizePlate } from '../../../src-shared/rules/plate';
import { callerOf, type Ctx } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { buildRegister, registerColumns } from '../registers/build';
import { checkedIdNumber, realDate } from '../passes/checks';
import { readSettings } from '../settings/store';
import { searchSlips, slipById } from './queries';
import { keysetPage } from '../../ipc/paging';

const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
const itemSummary = (s: SlipRow) => s.items.map((i) => `${i.name}×${i.quantity}${i.unit}`).join('、');

function mustFind(ctx: Ctx, id: number): SlipRow {
  const slip = slipById(ctx.db, id);
  if (!slip) throw new DeskError('NOT_FOUND', { entity: '出门条' });
  return slip;
}

/** Refuses anything but an issued slip: released twice or after void are clear errors. */
function mustBeIssued(slip: SlipRow): void {
  if (slip.status === 'voided') throw new DeskError('SLIP_VOIDED', { number: slip.number, reason: slip.voidReason ?? '' });
  if (slip.status === 'released') {
    throw new DeskError('SLIP_ALREADY_RELEASED', { number: slip.number, date: when(slip.releasedAt), user: slip.releasedByName ?? '' });
  }
}

export const releasesHandlers: ModuleHandlers<'releases'> = {
  'releases.issue': async (input, ctx) => {
    const caller = callerOf(ctx);
    const occupant = ctx.db
      .prepare('SELECT o.id, o.name, o.kind, o.active, u.label FROM occupants o JOIN units u ON u.id = o.unit_id WHERE o.id = ?')
      .get(input.occupantId) as { id: number; name: string; kind: OccupantKind; active: number; label: string } | undefined;
    if (!occupant) throw new DeskError('NOT_FOUND', { entity: '住户' }, { occupantId: '请从住户名录中选择申请人' });
    if (!occupant.active) throw new DeskError('NOT_FOUND', { entity: '住户' }, { occupantId: `${occupant.name} 已迁出，不能开具出门条` });
    const consent = occupant.kind === 'tenant' ? input.ownerConsent : undefined;
    if (occupant.kind === 'tenant' && !consent) {
      throw new DeskError('OWNER_CONSENT_REQUIRED', { name: `${occupant.label} ${occupant.name}` }, { ownerConsent: '须记录业主同意' });
    }
    const carrierIdNumber = checkedIdNumber(input.carrierIdType, input.carrierIdNumber, 'carrierIdNumber', ctx.now);
    const plate = normalizePlate(input.vehiclePlate);
    if (plate && !isMainlandPlate(plate)) throw new DeskError('VALIDATION', {}, { vehiclePlate: '车牌号格式不正确，例如 粤B12345 或 粤BD12345' });

    const day = dayjs(ctx.now).format('YYYY-MM-DD');
    const seq = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM release_slips WHERE day = ?').pluck().get(day) as number;
    const number = `FX-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`;
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO release_slips (number, day, seq, occupant_id, requester_name, requester_kind, unit_label, consent_owner_name,
           consent_method, consent_note, carrier_name, carrier_id_type, carrier_id_number, carrier_phone, vehicle_plate, remarks,
           status, issued_at, issued_by)
         VALUES (@number, @day, @seq, @occupant, @name, @kind, @unit, @ownerName, @method, @consentNote, @carrier, @idType, @idNumber,
           @phone, @plate, @remarks, 'issued', @at, @by)`,
      )
      .run({
        number, day, seq, occupant: occupant.id, name: occupant.name, kind: occupant.kind, unit: occupant.label,
        ownerName: consent?.ownerName ?? null, method: consent?.method ?? null, consentNote: consent?.note ?? null,
        carrier: input.carrierName, idType: input.carrierIdType, idNumber: carrierIdNumber, phone: input.carrierPhone, plate,
        remarks: input.remarks, at: ctx.now.toISOString(), by: caller.userId,
      });
    const id = Number(lastInsertRowid);
    const addItem = ctx.db.prepare('INSERT INTO release_items (slip_id, line, name, quantity, unit) VALUES (?, ?, ?, ?, ?)');
    input.items.forEach((item, i) => addItem.run(id, i + 1, item.name, item.quantity, item.unit));
    const slip = mustFind(ctx, id);
    ctx.note({
      entity: 'release',
      entityId: id,
      summary: `开具出门条 ${number}：${occupant.label} ${occupant.name}，${itemSummary(slip)}，携物人 ${input.carrierName}${plate ? `（${plate}）` : ''}`,
    });
    return slip;
  },

  'releases.release': async (input, ctx) => {
    const caller = callerOf(ctx);
    const slip = mustFind(ctx, input.id);
    mustBeIssued(slip);
    ctx.db
      .prepare(`UPDATE release_slips SET status = 'released', released_at = ?, released_by = ?, release_note = ? WHERE id = ? AND status = 'issued'`)
      .run(ctx.now.toISOString(), caller.userId, input.note, slip.id);
    ctx.note({ entity: 'release', entityId: slip.id, summary: `核对物品并放行 ${slip.number}：${itemSummary(slip)}${input.note ? `（${input.note}）` : ''}` });
    return mustFind(ctx, slip.id);
  },

  'releases.void': async (input, ctx) => {
    const caller = callerOf(ctx);
    const slip = mustFind(ctx, input.id);
    mustBeIssued(slip);
    ctx.db
      .prepare(`UPDATE release_slips SET status = 'voided', voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND status = 'issued'`)
      .run(ctx.now.toISOString(), caller.userId, input.reason, slip.id);
    ctx.note({ entity: 'release', entityId: slip.id, summary: `作废出门条 ${slip.number}，原因：${input.reason}` });
    return mustFind(ctx, slip.id);
  },

  'releases.list': async (input, ctx) => {
    if (input.from) realDate(input.from, 'from');
    if (input.to) realDate(input.to, 'to');
    const rows = searchSlips(ctx.db, input);
    return keysetPage(rows, input.limit);
  },

  'releases.slip': async (input, ctx) => {
    const t = (key: string) => translate(ctx.lang, key);
    const s = mustFind(ctx, input.id);
    const consentLabel = s.ownerConsent
      ? `${s.ownerConsent.ownerName}（${t(`releases.consentMethods.${s.ownerConsent.method}`)}${s.ownerConsent.note ? `：${s.ownerConsent.note}` : ''}）`
      : t('releases.notTenant');
    return {
      orgName: readSettings(ctx.db).orgName,
      title: t('releases.slipTitle'),
      stubTitle: t('releases.stubTitle'),
      number: s.number,
      status: s.status,
      statusLabel: s.status === 'voided' ? `${t('releases.status.voided')}：${s.voidReason ?? ''}` : t(`releases.status.${s.status}`),
      unitLabel: s.unitLabel,
      requesterLabel: `${s.requesterName}（${t(`occupantKinds.${s.requesterKind}`)}）`,
      consentLabel,
      items: s.items.map((i, n) => ({ no: String(n + 1), name: i.name, quantity: `${i.quantity}${i.unit}` })),
      carrierName: s.carrierName,
      carrierIdMasked: s.carrierIdMasked,
      carrierPhone: s.carrierPhone,
      vehiclePlate: s.vehiclePlate,
      remarks: s.remarks,
      issuedAt: when(s.issuedAt),
      issuedByName: s.issuedByName,
      releasedAt: when(s.releasedAt),
      releasedByName: s.releasedByName ?? '',
      signatures: [t('releases.signCarrier'), t('releases.signDesk'), t('releases.signGuard')],
      stub: {
        number: s.number,
        unitLabel: s.unitLabel,
        requesterName: s.requesterName,
        itemSummary: itemSummary(s),
        carrierName: s.carrierName,
        vehiclePlate: s.vehiclePlate,
        issuedAt: when(s.issuedAt),
        issuedByName: s.issuedByName,
      },
    };
  },

  'releases.register': async (input, ctx) => {
    const t = (key: string, params?: Record<string, string | number>) => translate(ctx.lang, key, params);
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: '截止日期不能早于起始日期' });
    const rows = searchSlips(ctx.db, { from: input.from, to: input.to, limit: 100_000, ascending: true });
    return buildRegister(ctx, {
      title: t('releases.register'),
      periodLabel: t('registers.periodRange', { from: input.from, to: input.to }),
      columns: registerColumns(t, 'releases.col', { number: 15, issued: 16, unit: 14, requester: 10, consent: 14, items: 24, carrier: 10, idNumber: 20, plate: 10, released: 18, status: 16 }),
      rows: rows.map((s) => ({
        number: s.number,
        issued: `${when(s.issuedAt)} ${s.issuedByName}`,
        unit: s.unitLabel,
        requester: s.requesterName,
        consent: s.ownerConsent ? `${s.ownerConsent.ownerName}（${t(`releases.consentMethods.${s.ownerConsent.method}`)}）` : '',
        items: itemSummary(s),
        carrier: s.carrierName,
        idNumber: s.carrierIdMasked,
        plate: s.vehiclePlate,
        released: s.releasedAt ? `${when(s.releasedAt)} ${s.releasedByName ?? ''}` : '',
        status:
          s.status === 'voided'
            ? `${t('releases.status.voided')}：${s.voidReason ?? ''}（${s.voidedByName ?? ''}）`
            : t(`releases.status.${s.status}`),
      })),
      fileStem: `item-releases-${input.from}-${input.to}`,
    });
  },
};

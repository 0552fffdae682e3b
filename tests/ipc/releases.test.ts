import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OccupantRow } from '../../src-shared/modules/directory';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { SlipPrint, SlipRow } from '../../src-shared/modules/releases';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';

let t: TestDesk;
let clerk: string;
let guard: string;
let gm: string;
let owner: OccupantRow;
let tenant: OccupantRow;

const CARRIER_ID = '110101199003078670';

beforeEach(async () => {
  t = await setupDesk();
  clerk = await t.createUser('lili', '李丽', ['receptionist']);
  guard = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  gm = await t.createUser('boss', '周总', ['general_manager']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, clerk)).id;
  const u1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, clerk)).id;
  const u0502 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '1', room: '0502' }, clerk)).id;
  owner = await t.ok<OccupantRow>('directory.occupants.save', { unitId: u1203, name: '张三', kind: 'owner', phone: '13812345678' }, clerk);
  tenant = await t.ok<OccupantRow>('directory.occupants.save', { unitId: u0502, name: '陈建国', kind: 'tenant', phone: '13700001111' }, clerk);
});
afterEach(() => t.close());

const slip = (over: Record<string, unknown> = {}) => ({
  occupantId: owner.id,
  items: [
    { name: '旧沙发', quantity: 1 },
    { name: '纸箱', quantity: 6, unit: '箱' },
  ],
  carrierName: '刘强',
  carrierIdType: 'resident_id',
  carrierIdNumber: CARRIER_ID,
  carrierPhone: '13800005678',
  vehiclePlate: '粤b 12345',
  ...over,
});
const issue = (over: Record<string, unknown> = {}) => t.ok<SlipRow>('releases.issue', slip(over), clerk);
const list = async () => (await t.ok<{ rows: SlipRow[] }>('releases.list', {}, guard)).rows;

describe('item release', () => {
  it('numbers slips per day without gaps; a voided number stays listed with its reason', async () => {
    const a = await issue();
    expect(a).toMatchObject({
      number: 'FX-20261120-001', status: 'issued', unitLabel: '3栋2单元1203', requesterName: '张三', requesterKind: 'owner',
      carrierIdMasked: '1101**********8670', vehiclePlate: '粤B12345', issuedByName: '李丽', ownerConsent: null,
      items: [{ name: '旧沙发', quantity: 1, unit: '件' }, { name: '纸箱', quantity: 6, unit: '箱' }],
    });
    expect(JSON.stringify(a)).not.toContain(CARRIER_ID);
    const b = await issue();
    const voided = await t.ok<SlipRow>('releases.void', { id: b.id, reason: '业主取消搬出' }, clerk);
    expect(voided).toMatchObject({ number: 'FX-20261120-002', status: 'voided', voidReason: '业主取消搬出', voidedByName: '李丽' });
    expect((await issue()).number).toBe('FX-20261120-003');
    expect((await list()).map((s) => [s.number, s.status, s.voidReason])).toEqual([
      ['FX-20261120-003', 'issued', null],
      ['FX-20261120-002', 'voided', '业主取消搬出'],
      ['FX-20261120-001', 'issued', null],
    ]);
    t.clock.advance(24 * 60);
    clerk = await t.login('lili');
    expect((await issue()).number).toBe('FX-20261121-001');
  });

  it("refuses a tenant's slip without the owner's consent, changing nothing; records it when given", async () => {
    const before = storeFingerprint(t.desk);
    const refused = await t.call('releases.issue', slip({ occupantId: tenant.id }), clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'OWNER_CONSENT_REQUIRED', message: expect.stringContaining('3栋1单元0502 陈建国 是租户') } });
    const badPlate = await t.call('releases.issue', slip({ vehiclePlate: 'AB12345' }), clerk);
    expect(badPlate).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { vehiclePlate: expect.stringContaining('车牌') } } });
    const badId = await t.call('releases.issue', slip({ carrierIdNumber: '440308199901101513' }), clerk);
    expect(badId).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { carrierIdNumber: expect.any(String) } } });
    const tooMany = await t.call('releases.issue', slip({ items: Array.from({ length: 51 }, (_, i) => ({ name: `物品${i}`, quantity: 1 })) }), clerk);
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(storeFingerprint(t.desk)).toBe(before);

    const ok = await issue({ occupantId: tenant.id, ownerConsent: { ownerName: '林海', method: 'phone', note: '11:20 来电确认' } });
    expect(ok).toMatchObject({ number: 'FX-20261120-001', requesterKind: 'tenant', ownerConsent: { ownerName: '林海', method: 'phone', note: '11:20 来电确认' } });
  });

  it('is released once at the gate by the confirming user; twice, after void, or voiding a released slip is refused', async () => {
    const a = await issue();
    const b = await issue();
    t.clock.advance(5);
    const released = await t.ok<SlipRow>('releases.release', { id: a.id, itemsConfirmed: true, note: '物品相符' }, guard);
    expect(released).toMatchObject({ status: 'released', releasedByName: '赵刚', releasedAt: '2026-11-20T01:05:00.000Z', releaseNote: '物品相符' });
    await t.ok('releases.void', { id: b.id, reason: '开错房号' }, gm);

    const before = storeFingerprint(t.desk);
    expect(await t.call('releases.release', { id: a.id, itemsConfirmed: true }, clerk)).toMatchObject({
      ok: false, error: { code: 'SLIP_ALREADY_RELEASED', message: expect.stringContaining('FX-20261120-001 已于 2026-11-20 09:05 由 赵刚 放行') },
    });
    expect(await t.call('releases.void', { id: a.id, reason: '误操作' }, clerk)).toMatchObject({ ok: false, error: { code: 'SLIP_ALREADY_RELEASED' } });
    expect(await t.call('releases.release', { id: b.id, itemsConfirmed: true }, guard)).toMatchObject({
      ok: false, error: { code: 'SLIP_VOIDED', message: expect.stringContaining('开错房号') },
    });
    expect(await t.call('releases.void', { id: b.id, reason: '再次' }, clerk)).toMatchObject({ ok: false, error: { code: 'SLIP_VOIDED' } });
    expect(await t.call('releases.release', { id: a.id, itemsConfirmed: false }, guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('prints a slip with its stub and the carrier ID masked', async () => {
    const a = await issue({ occupantId: tenant.id, ownerConsent: { ownerName: '林海', method: 'written' } });
    const print = await t.ok<SlipPrint>('releases.slip', { id: a.id }, clerk);
    expect(print).toMatchObject({
      title: '物品放行条（出门条）', number: 'FX-20261120-001', statusLabel: '待放行', requesterLabel: '陈建国（租户）',
      consentLabel: '林海（业主书面同意）', carrierIdMasked: '1101**********8670', vehiclePlate: '粤B12345',
      items: [{ no: '1', name: '旧沙发', quantity: '1件' }, { no: '2', name: '纸箱', quantity: '6箱' }],
      stub: { number: 'FX-20261120-001', unitLabel: '3栋1单元0502', itemSummary: '旧沙发×1件、纸箱×6箱', carrierName: '刘强' },
    });
    expect(JSON.stringify(print)).not.toContain(CARRIER_ID);
  });

  it('prints the item-release register by period with masked IDs, voided slips included', async () => {
    const a = await issue();
    const b = await issue({ carrierName: '王师傅', vehiclePlate: '' });
    await t.ok('releases.release', { id: a.id, itemsConfirmed: true }, guard);
    await t.ok('releases.void', { id: b.id, reason: '业主取消' }, clerk);
    t.clock.advance(2 * 24 * 60);
    clerk = await t.login('lili');
    guard = await t.login('zhaogang');
    await issue();
    const reg = await t.ok<RegisterData>('releases.register', { from: '2026-11-20', to: '2026-11-21' }, guard);
    expect(reg).toMatchObject({ title: '物品放行登记表', periodLabel: '2026-11-20 至 2026-11-21' });
    expect(reg.rows.map((r) => [r.number, r.unit, r.items, r.carrier, r.idNumber, r.status])).toEqual([
      ['FX-20261120-001', '3栋2单元1203', '旧沙发×1件、纸箱×6箱', '刘强', '1101**********8670', '已放行'],
      ['FX-20261120-002', '3栋2单元1203', '旧沙发×1件、纸箱×6箱', '王师傅', '1101**********8670', '已作废：业主取消（李丽）'],
    ]);
    expect(JSON.stringify(reg)).not.toContain(CARRIER_ID);
    expect((await t.ok<RegisterData>('releases.register', { from: '2026-11-22', to: '2026-11-22' }, guard)).rows.map((r) => r.number)).toEqual(['FX-20261122-001']);
    const xlsx = await t.ok<{ fileName: string }>('registers.xlsx', { channel: 'releases.register', params: { from: '2026-11-20', to: '2026-11-22' } }, guard);
    expect(xlsx.fileName).toBe('item-releases-2026-11-20-2026-11-22.xlsx');
  });
});

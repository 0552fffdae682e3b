import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PassCard, PassEntryRow, PassRow } from '../../src-shared/modules/passes';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';

let t: TestDesk;
let clerk: string;
let guard: string;
let gm: string;
let b3: number;
let b5: number;

const WANG_ID = '110101199003078670';
const LIU_ID = '11010519491231002X';

beforeEach(async () => {
  t = await setupDesk();
  clerk = await t.createUser('lili', '李丽', ['receptionist']);
  guard = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  gm = await t.createUser('boss', '周总', ['general_manager']);
  b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, clerk)).id;
  b5 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '5' }, clerk)).id;
});
afterEach(() => t.close());

const wang = (over: Record<string, unknown> = {}) => ({
  holderName: '王师傅',
  idType: 'resident_id',
  idNumber: WANG_ID,
  phone: '13912345678',
  company: '光明乳业',
  category: 'milk',
  validFrom: '2026-11-20',
  validTo: '2026-11-30',
  buildingIds: [b3],
  ...over,
});
const liu = (over: Record<string, unknown> = {}) => ({
  holderName: '刘强',
  idType: 'resident_id',
  idNumber: LIU_ID,
  phone: '13800005678',
  company: '顺丰速运',
  category: 'courier',
  validFrom: '2026-11-20',
  validTo: '2027-11-19',
  buildingIds: null,
  ...over,
});
/** Moves the clock by days; the idle sessions expire, so everyone logs in again. */
async function advanceDays(days: number) {
  t.clock.advance(days * 24 * 60);
  clerk = await t.login('lili');
  guard = await t.login('zhaogang');
  gm = await t.login('boss');
}
const issue = (input: Record<string, unknown>) => t.ok<PassRow>('passes.issue', input, clerk);

describe('access passes', () => {
  it('issues numbered passes with the ID masked and scope recorded; a refused issue leaves no gap', async () => {
    const a = await issue(wang());
    expect(a).toMatchObject({
      number: 'CR-2026-0001', holderName: '王师傅', company: '光明乳业', idNumberMasked: '1101**********8670', status: 'valid',
      allBuildings: false, buildings: [{ id: b3, name: '3栋' }], issuedByName: '李丽',
    });
    expect(JSON.stringify(a)).not.toContain(WANG_ID);

    const before = storeFingerprint(t.desk);
    const bad = await t.call('passes.issue', liu({ idNumber: '440308199901101513' }), clerk);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idNumber: expect.stringContaining('校验位不正确') } } });
    const badDate = await t.call('passes.issue', liu({ idNumber: '440308199902301512' }), clerk);
    expect(badDate).toMatchObject({ ok: false, error: { fields: { idNumber: expect.stringContaining('出生日期') } } });
    const backwards = await t.call('passes.issue', liu({ validFrom: '2026-12-01', validTo: '2026-11-25' }), clerk);
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { validTo: expect.any(String) } } });
    const noBuilding = await t.call('passes.issue', liu({ buildingIds: [9999] }), clerk);
    expect(noBuilding).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(storeFingerprint(t.desk)).toBe(before);

    const b = await issue(liu());
    expect(b).toMatchObject({ number: 'CR-2026-0002', allBuildings: true, buildings: [] });
    const passport = await issue(liu({ holderName: 'John Smith', idType: 'passport', idNumber: 'e12345678', company: '施工队' }));
    expect(passport).toMatchObject({ number: 'CR-2026-0003', idNumberMasked: 'E123*5678' });
  });

  it('admits a valid pass, records the entry, and refuses other buildings, expired, not-yet-valid and revoked passes', async () => {
    const a = await issue(wang());
    const admitted = await t.ok<{ pass: PassRow; entry: PassEntryRow }>('passes.verify', { number: 'cr-2026-0001', buildingId: b3 }, clerk);
    expect(admitted.entry).toMatchObject({ number: 'CR-2026-0001', holderName: '王师傅', buildingName: '3栋', receptionistName: '李丽' });
    expect(admitted.pass.entryCount).toBe(1);

    const before = storeFingerprint(t.desk);
    const elsewhere = await t.call('passes.verify', { number: a.number, buildingId: b5 }, clerk);
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'PASS_OUT_OF_SCOPE', message: expect.stringMatching(/不能进入 5栋.*3栋/) } });
    expect(await t.call('passes.verify', { number: 'CR-2026-0999' }, clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(storeFingerprint(t.desk)).toBe(before);

    await advanceDays(10); // 2026-11-30: last valid day
    await t.ok('passes.verify', { number: a.number, buildingId: b3 }, clerk);
    await advanceDays(1); // 2026-12-01
    const expiredBefore = storeFingerprint(t.desk);
    const expired = await t.call('passes.verify', { number: a.number, buildingId: b3 }, clerk);
    expect(expired).toMatchObject({ ok: false, error: { code: 'PASS_EXPIRED', message: expect.stringContaining('已于 2026-11-30 过期') } });
    expect(storeFingerprint(t.desk)).toBe(expiredBefore);

    const later = await issue(liu({ validFrom: '2026-12-05', validTo: '2026-12-31' }));
    const early = await t.call('passes.verify', { number: later.number }, clerk);
    expect(early).toMatchObject({ ok: false, error: { code: 'PASS_NOT_YET_VALID', message: expect.stringContaining('2026-12-05 起') } });
    await advanceDays(4);
    await t.ok('passes.verify', { number: later.number, buildingId: b5 }, clerk);

    const revoked = await t.ok<PassRow>('passes.revoke', { id: later.id, reason: '已离职' }, guard);
    expect(revoked).toMatchObject({ status: 'revoked', revokedByName: '赵刚', revokeReason: '已离职' });
    const refused = await t.call('passes.verify', { number: later.number }, clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'PASS_REVOKED', message: expect.stringContaining('已离职') } });
    expect(await t.call('passes.revoke', { id: later.id, reason: '再次' }, gm)).toMatchObject({ ok: false, error: { code: 'PASS_REVOKED' } });

    const entries = await t.ok<PassEntryRow[]>('passes.entries', { passId: a.id }, guard);
    expect(entries).toHaveLength(2);
    const today = await t.ok<PassEntryRow[]>('passes.entries', { date: '2026-12-05' }, clerk);
    expect(today.map((e) => e.holderName)).toEqual(['刘强']);
  });

  it('finds passes by holder name, pinyin, company, number and phone tail; filters by status', async () => {
    await issue(wang());
    await issue(liu());
    const find = async (q: string, status = 'all') =>
      (await t.ok<{ rows: PassRow[] }>('passes.list', { q, status }, clerk)).rows.map((p) => p.holderName);
    expect(await find('王师傅')).toEqual(['王师傅']);
    expect(await find('wsf')).toEqual(['王师傅']);
    expect(await find('liuqiang')).toEqual(['刘强']);
    expect(await find('顺丰')).toEqual(['刘强']);
    expect(await find('CR-2026-0001')).toEqual(['王师傅']);
    expect(await find('5678')).toEqual(['刘强', '王师傅']); // newest first
    expect(await find('05678')).toEqual(['刘强']);
    await advanceDays(11);
    expect(await find('', 'expired')).toEqual(['王师傅']);
    expect(await find('', 'valid')).toEqual(['刘强']);
  });

  it('checks the photo by magic bytes and size, and prints a card with the ID masked', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]).toString('base64');
    const gif = Buffer.from('GIF89a' + 'x'.repeat(40)).toString('base64');
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(500 * 1024)]).toString('base64');
    const before = storeFingerprint(t.desk);
    expect(await t.call('passes.issue', wang({ photoBase64: gif }), clerk)).toMatchObject({ ok: false, error: { fields: { photoBase64: expect.stringContaining('PNG') } } });
    expect(await t.call('passes.issue', wang({ photoBase64: big }), clerk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(storeFingerprint(t.desk)).toBe(before);
    const a = await issue(wang({ photoBase64: png }));
    expect(a.hasPhoto).toBe(true);
    const card = await t.ok<PassCard>('passes.card', { id: a.id }, clerk);
    expect(card).toMatchObject({
      orgName: '阳光花园物业服务中心', title: '出入证', number: 'CR-2026-0001', holderName: '王师傅', idTypeLabel: '居民身份证',
      idNumberMasked: '1101**********8670', categoryLabel: '送奶', validPeriod: '2026-11-20 至 2026-11-30', scopeLabel: '3栋', statusLabel: '有效',
    });
    expect(card.photoDataUrl).toBe(`data:image/png;base64,${png}`);
    expect(JSON.stringify(card)).not.toContain(WANG_ID);
  });

  it('prints the access-pass register with masked IDs and each pass\'s state', async () => {
    const a = await issue(wang());
    await issue(liu());
    await t.ok('passes.revoke', { id: a.id, reason: '合同到期' }, gm);
    const reg = await t.ok<RegisterData>('passes.register', {}, guard);
    expect(reg.title).toBe('出入证登记表');
    expect(reg.rows.map((r) => [r.number, r.holder, r.idNumber, r.scope, r.status])).toEqual([
      ['CR-2026-0001', '王师傅', '居民身份证 1101**********8670', '3栋', '已注销：合同到期'],
      ['CR-2026-0002', '刘强', '居民身份证 1101**********002X', '全部楼栋', '有效'],
    ]);
    expect(JSON.stringify(reg)).not.toContain(WANG_ID);
    expect((await t.ok<RegisterData>('passes.register', { from: '2026-11-21' }, gm)).rows).toEqual([]);
    const xlsx = await t.ok<{ fileName: string }>('registers.xlsx', { channel: 'passes.register', params: {} }, guard);
    expect(xlsx.fileName).toMatch(/^access-passes-\d{8}\.xlsx$/);
  });
});

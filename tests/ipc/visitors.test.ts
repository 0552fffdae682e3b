import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { BlocklistRow, OnSite, VisitorPersonRow, VisitRow, VisitSlip } from '../../src-shared/modules/visitors';
import { ADMIN_PASSWORD, storeFingerprint, type TestDesk } from '../support/desk';
import { LIU_ID, setupVisitorsDesk, WANG_ID, wangAt } from './visitors-support';

let t: TestDesk;
let desk: string;
let guard: string;
let admin: string;
let unit1203: number;
let zhangWei: number;
let unit0801: number;

beforeEach(async () => {
  ({ t, desk, guard, admin, unit1203, unit0801, zhangWei } = await setupVisitorsDesk());
});
afterEach(() => t.close());

const wang = (over: Record<string, unknown> = {}) => wangAt(unit1203, zhangWei, over);
const checkIn = (input: Record<string, unknown>, token = desk) => t.ok<VisitRow>('visitors.checkIn', input, token);
const auditSummaries = () => t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
/** Moves the clock; idle sessions lock and expire, so everyone logs in again. */
async function advance(minutes: number) {
  t.clock.advance(minutes);
  desk = await t.login('qianmei');
  guard = await t.login('zhaogang');
  admin = await t.login('admin', ADMIN_PASSWORD);
}

describe('check-in and check-out', () => {
  it('registers a visitor with time, receptionist, host and a normalised plate; the ID is masked everywhere it leaves main', async () => {
    const v = await checkIn(wang());
    expect(v).toMatchObject({
      visitNo: 'FK-20261120-0001', name: '王建华', idType: 'resident_id', idNumberMasked: '1101**********8670', phone: '13912345678',
      company: '华为技术有限公司', purpose: '商务洽谈', unitLabel: '3栋2单元1203', buildingName: '3栋', hostName: '张伟', partySize: 2,
      plate: '粤BD12345', checkedInBy: '钱梅', checkedOutAt: null, checkoutKind: null, idOverrideReason: null, blocklistOverride: null,
    });
    expect(v.checkedInAt).toBe(new Date('2026-11-20T09:00:00+08:00').toISOString());
    expect(JSON.stringify(v)).not.toContain(WANG_ID);
    expect(auditSummaries().at(-1)).toContain('访客登记 FK-20261120-0001：王建华');
    expect(auditSummaries().join('\n')).not.toContain(WANG_ID);
    expect((await checkIn(wang({ name: '刘强', idNumber: LIU_ID, phone: '13800005678', plate: '' }))).visitNo).toBe('FK-20261120-0002');
  });

  it('refuses a bad plate, an occupant of another unit and a missing ID number without writing anything', async () => {
    const before = storeFingerprint(t.desk);
    expect(await t.call('visitors.checkIn', wang({ plate: '粤B1234' }), desk)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', fields: { plate: expect.stringContaining('车牌号格式不正确') } },
    });
    expect(await t.call('visitors.checkIn', wang({ unitId: unit0801 }), desk)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', fields: { occupantId: '被访住户不在该房号' } },
    });
    expect(await t.call('visitors.checkIn', wang({ idNumber: '' }), desk)).toMatchObject({ ok: false, error: { fields: { idNumber: '必填' } } });
    expect(await t.call('visitors.checkIn', wang({ unitId: 99999 }), desk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The same refusals in English, down to the field messages.
    const en = (input: Record<string, unknown>) => t.desk.dispatch('visitors.checkIn', input, { token: desk, lang: 'en' });
    expect(await en(wang({ unitId: unit0801 }))).toMatchObject({ ok: false, error: { fields: { occupantId: 'That occupant does not live in this unit' } } });
    expect(await en(wang({ idNumber: '440308199901101513' }))).toMatchObject({
      ok: false, error: { code: 'ID_INVALID', message: expect.stringContaining('wrong check digit'), fields: { idNumber: 'wrong check digit' } },
    });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('checks out by id and by the slip\'s scanned number, once', async () => {
    const a = await checkIn(wang());
    const b = await checkIn(wang({ name: '刘强', idNumber: LIU_ID, phone: '13800005678' }));
    await advance(45);
    const outA = await t.ok<VisitRow>('visitors.checkOut', { id: a.id }, desk);
    expect(outA).toMatchObject({ checkoutKind: 'desk', checkedOutBy: '钱梅' });
    expect(outA.checkedOutAt).toBe(new Date('2026-11-20T09:45:00+08:00').toISOString());
    const outB = await t.ok<VisitRow>('visitors.checkOut', { visitNo: ' fk-20261120-0002 ' }, desk);
    expect(outB).toMatchObject({ id: b.id, checkoutKind: 'desk' });

    const before = storeFingerprint(t.desk);
    expect(await t.call('visitors.checkOut', { visitNo: 'FK-20261120-0002' }, desk)).toMatchObject({
      ok: false, error: { code: 'ALREADY_CHECKED_OUT', message: '访客 FK-20261120-0002（刘强）已于 2026-11-20 09:45 离开，不能重复签离' },
    });
    expect(await t.call('visitors.checkOut', { visitNo: 'FK-20261120-0099' }, desk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('visitors.checkOut', { visitNo: 'CR-2026-0001' }, desk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('numbers visits per day, starting again at 0001 the next day', async () => {
    await checkIn(wang());
    await advance(24 * 60);
    await t.ok('visitors.checkOut', { visitNo: 'FK-20261120-0001' }, desk);
    expect((await checkIn(wang())).visitNo).toBe('FK-20261121-0001');
  });
});

describe('identity check', () => {
  it('accepts the public GB 11643 vectors, upgrades 15 digits and accepts HK/Macau/Taiwan residence permits', async () => {
    const ids = ['11010519491231002X', '440524188001010014', '110101199003078670', '810000199408230021'];
    for (const [i, idNumber] of ids.entries()) {
      const v = await checkIn(wang({ name: `访客${i}`, idNumber, phone: `1391234000${i}` }));
      expect(v.idOverrideReason).toBeNull();
    }
    // A 15-digit card of the same person is the same person: still on site under the 18-digit number.
    const old = { name: '访客0', idNumber: '110105491231002', phone: '13912340000' };
    expect(await t.call('visitors.checkIn', wang(old), desk)).toMatchObject({ ok: false, error: { code: 'ALREADY_ON_SITE', message: expect.stringContaining('FK-20261120-0001') } });
    await t.ok('visitors.checkOut', { visitNo: 'FK-20261120-0001' }, desk);
    expect((await checkIn(wang(old))).idNumberMasked).toBe('1101**********002X');
  });

  it('warns about a wrong check digit or an impossible date; a written reason lets the receptionist register anyway', async () => {
    const before = storeFingerprint(t.desk);
    const bad = await t.call('visitors.checkIn', wang({ idNumber: '440308199901101513' }), desk);
    expect(bad).toMatchObject({ ok: false, error: { code: 'ID_INVALID', fields: { idNumber: '校验位不正确' } } });
    expect(bad.ok ? '' : bad.error.message).toContain('请写明原因');
    const date = await t.call('visitors.checkIn', wang({ idNumber: '440308199902301512' }), desk);
    expect(date).toMatchObject({ ok: false, error: { code: 'ID_INVALID', fields: { idNumber: expect.stringContaining('出生日期不存在') } } });
    const blank = await t.call('visitors.checkIn', wang({ idNumber: '440308199901101513', idOverrideReason: '  ' }), desk);
    expect(blank).toMatchObject({ ok: false, error: { code: 'ID_INVALID' } });
    expect(storeFingerprint(t.desk)).toBe(before);

    const v = await checkIn(wang({ idNumber: '440308199901101513', idOverrideReason: '核对身份证原件无误，系旧证号码' }));
    expect(v).toMatchObject({ idNumberMasked: '4403**********1513', idOverrideReason: '核对身份证原件无误，系旧证号码' });
    expect(auditSummaries().at(-1)).toContain('证件号码未通过校验，接待员说明：核对身份证原件无误，系旧证号码');
  });

  it('checks the shape of travel permits and passports the same way', async () => {
    expect(await t.call('visitors.checkIn', wang({ idType: 'hk_macau_pass', idNumber: 'X1234567' }), desk)).toMatchObject({
      ok: false, error: { code: 'ID_INVALID', fields: { idNumber: '号码格式不正确' } },
    });
    expect((await checkIn(wang({ idType: 'hk_macau_pass', idNumber: 'h12345678' }))).idNumberMasked).toBe('H123*5678');
  });
});

describe('returning visitors', () => {
  it('finds earlier visitors by two characters, pinyin initials, phone tail and ID tail, and fills from the one on file', async () => {
    const first = await checkIn(wang());
    await t.ok('visitors.checkOut', { id: first.id }, desk);
    await checkIn(wang({ name: '王芳', idNumber: LIU_ID, phone: '13700001111', company: '' }));
    const find = async (q: string) => (await t.ok<VisitorPersonRow[]>('visitors.people.search', { q }, desk)).map((p) => p.name);
    expect(await find('王建')).toEqual(['王建华']);
    expect(await find('王')).toEqual(['王芳', '王建华']);
    expect(await find('wjh')).toEqual(['王建华']);
    expect(await find('5678')).toEqual(['王建华']);
    expect(await find('8670')).toEqual(['王建华']);
    const [person] = await t.ok<VisitorPersonRow[]>('visitors.people.search', { q: 'wjh' }, desk);
    expect(person).toMatchObject({
      idNumberMasked: '1101**********8670', hasIdNumber: true, phone: '13912345678', company: '华为技术有限公司', plate: '粤BD12345',
      lastUnitId: unit1203, lastUnitLabel: '3栋2单元1203', lastOccupantId: zhangWei, lastHostName: '张伟', lastPurpose: '商务洽谈', visitCount: 1,
    });
    expect(JSON.stringify(person)).not.toContain(WANG_ID);

    // What the form sends after picking the person: their data, no ID number typed.
    const again = await checkIn({
      personId: person.id, name: person.name, idType: person.idType, idNumber: '', phone: person.phone, company: person.company,
      purpose: person.lastPurpose, unitId: person.lastUnitId, occupantId: person.lastOccupantId, plate: person.plate,
    });
    expect(again.idNumberMasked).toBe('1101**********8670');
    expect((await t.ok<VisitorPersonRow[]>('visitors.people.search', { q: 'wjh' }, desk))[0].visitCount).toBe(2);
  });

  it('refuses a second check-in of someone still on site', async () => {
    const v = await checkIn(wang());
    const before = storeFingerprint(t.desk);
    expect(await t.call('visitors.checkIn', wang({ unitId: unit0801, occupantId: undefined }), desk)).toMatchObject({
      ok: false, error: { code: 'ALREADY_ON_SITE', message: expect.stringContaining(v.visitNo) },
    });
    expect(storeFingerprint(t.desk)).toBe(before);
  });
});

describe('blocklist', () => {
  it('blocks a listed ID number; only a general or security manager\'s credential typed on the spot lets them in', async () => {
    const entry = await t.ok<BlocklistRow>('visitors.blocklist.save', { name: '王建华', idNumber: WANG_ID, reason: '多次强行闯入' }, guard);
    expect(entry).toMatchObject({ idNumberMasked: '1101**********8670', createdBy: '赵刚' });
    expect(await t.call('visitors.blocklist.save', { name: '某人', idNumber: '', phone: '', reason: 'x' }, guard)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', fields: { idNumber: expect.any(String) } },
    });
    expect(await t.call('visitors.blocklist.list', {}, desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const before = storeFingerprint(t.desk);
    const refused = await t.call('visitors.checkIn', wang(), desk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'BLOCKLISTED', message: expect.stringContaining('多次强行闯入') } });
    const own = await t.call('visitors.checkIn', wang({ managerOverride: { username: 'qianmei', password: 'Desk2026ok', reason: '自行放行' } }), desk);
    expect(own).toMatchObject({ ok: false, error: { code: 'OVERRIDE_REFUSED' } });
    expect(storeFingerprint(t.desk)).toBe(before);

    const wrong = await t.call('visitors.checkIn', wang({ managerOverride: { username: 'zhaogang', password: 'guess12345', reason: '业主来电确认' } }), desk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'OVERRIDE_REFUSED' } });
    // The wrong password counts against the manager's account like a failed login, and nothing else was written.
    expect(t.desk.store.db.prepare(`SELECT failed_count FROM users WHERE username = 'zhaogang'`).pluck().get()).toBe(1);
    expect(t.desk.store.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(0);

    // Editing the reason with the (masked, never sent) number left empty keeps the number: it still blocks.
    const edited = await t.ok<BlocklistRow>('visitors.blocklist.save', { id: entry.id, name: '王建华', idNumber: '', reason: '多次强行闯入，已报警' }, guard);
    expect(edited).toMatchObject({ idType: 'resident_id', idNumberMasked: '1101**********8670', reason: '多次强行闯入，已报警' });
    expect(await t.call('visitors.checkIn', wang(), desk)).toMatchObject({ ok: false, error: { code: 'BLOCKLISTED', message: expect.stringContaining('已报警') } });

    const v = await checkIn(wang({ managerOverride: { username: 'ZhaoGang', password: 'Desk2026ok', reason: '业主张伟来电确认' } }));
    expect(v.blocklistOverride).toEqual({ by: '赵刚', reason: '业主张伟来电确认' });
    expect(auditSummaries().at(-1)).toContain('黑名单访客经 赵刚 现场授权放行，理由：业主张伟来电确认');
  });

  it('blocks by name and phone when no ID number is known, and stops blocking once removed', async () => {
    const entry = await t.ok<BlocklistRow>('visitors.blocklist.save', { name: '李四', phone: '13611112222', reason: '推销骚扰' }, guard);
    const li = { name: '李四', idNumber: LIU_ID, phone: '13611112222' };
    expect(await t.call('visitors.checkIn', wang(li), desk)).toMatchObject({ ok: false, error: { code: 'BLOCKLISTED' } });
    expect(await t.call('visitors.blocklist.remove', { id: entry.id, reason: '' }, guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await t.ok('visitors.blocklist.remove', { id: entry.id, reason: '误登记' }, guard);
    expect(await t.ok<BlocklistRow[]>('visitors.blocklist.list', {}, guard)).toEqual([]);
    expect((await checkIn(wang(li))).name).toBe('李四');
  });
});

describe('on site, auto check-out and evacuation', () => {
  it('lists who is on site by building, with the count of people', async () => {
    await checkIn(wang());
    await checkIn(wang({ name: '刘强', idNumber: LIU_ID, phone: '13800005678', unitId: unit0801, occupantId: undefined, partySize: 1 }));
    const c = await checkIn(wang({ name: '陈静', idNumber: '440524188001010014', phone: '13500001234', partySize: 3 }));
    await t.ok('visitors.checkOut', { id: c.id }, desk);
    const now = await t.ok<OnSite>('visitors.onSite', {}, guard);
    expect(now).toMatchObject({ total: 2, people: 3 });
    expect(now.buildings.map((b) => [b.buildingName, b.people, b.visits.map((v) => v.name)])).toEqual([
      ['3栋', 2, ['王建华']],
      ['5栋', 1, ['刘强']],
    ]);
    const reg = await t.ok<RegisterData>('visitors.evacuation.register', {}, guard);
    expect(reg.title).toBe('在场人员疏散清点表');
    expect(reg.periodLabel).toBe('截至 2026-11-20 09:00：在场 2 批 3 人');
    expect(reg.generatedAt).toBe('2026-11-20 09:00');
    expect(reg.columns.at(-1)).toMatchObject({ label: '已确认' });
    expect(reg.rows.map((r) => [r.building, r.name, r.host, r.party, r.confirmed])).toEqual([
      ['3栋', '王建华', '3栋2单元1203 张伟', '2', '□'],
      ['5栋', '刘强', '5栋1单元0801', '1', '□'],
    ]);
    expect(reg.signatures).toEqual(['清点人', '复核人']);
  });

  it('closes forgotten visits at the end-of-day time as automatic, not as a real check-out', async () => {
    await t.ok('visitors.settings.update', { autoCheckOutTime: '23:00' }, admin);
    await checkIn(wang()); // 09:00
    await advance(13 * 60 + 30); // 22:30
    await checkIn(wang({ name: '刘强', idNumber: LIU_ID, phone: '13800005678' }));
    await advance(40); // 23:10
    await checkIn(wang({ name: '陈静', idNumber: '440524188001010014', phone: '13500001234' }));
    expect(await t.ok('visitors.autoCheckOut', {}, desk)).toEqual({ closed: 2 });
    const rows = (await t.ok<{ rows: VisitRow[] }>('visitors.search', {}, guard)).rows;
    const byName = Object.fromEntries(rows.map((v) => [v.name, v]));
    for (const name of ['王建华', '刘强']) {
      expect(byName[name]).toMatchObject({ checkoutKind: 'auto', checkedOutBy: null, checkedOutAt: new Date('2026-11-20T23:00:00+08:00').toISOString() });
    }
    expect(byName['陈静']).toMatchObject({ checkoutKind: null, checkedOutAt: null });
    expect((await t.ok<OnSite>('visitors.onSite', {}, guard)).total).toBe(1);

    const reg = await t.ok<RegisterData>('visitors.register', { from: '2026-11-20', to: '2026-11-20' }, guard);
    expect(reg.rows.map((r) => r.timeOut)).toEqual(['2026-11-20 23:00（自动，未签离）', '2026-11-20 23:00（自动，未签离）', '在场']);

    // The desk's own job does the same the next night, and says so in the audit trail as the system.
    await advance(24 * 60);
    const job = (await import('../../src-main/jobs/schedule')).JOBS.find((j) => j.name === 'visitors.autoCheckOut');
    expect(await t.desk.runJob(job!)).toContain('自动签离 1 条');
    const last = t.desk.store.db.prepare('SELECT username, channel FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ username: 'system', channel: 'job:visitors.autoCheckOut' });
    const count = t.desk.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(await t.desk.runJob(job!)).toBeNull();
    expect(t.desk.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(count);
  });
});

describe('privacy', () => {
  it('masks ID numbers for every role; managers may reveal one with a reason, and each view is audited', async () => {
    const v = await checkIn(wang());
    const listed = (await t.ok<{ rows: VisitRow[] }>('visitors.search', { q: '王建华' }, guard)).rows;
    expect(listed[0].idNumberMasked).toBe('1101**********8670');
    expect(await t.call('visitors.revealId', { visitId: v.id, reason: '派出所协查' }, desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('visitors.revealId', { visitId: v.id, reason: '' }, guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.ok('visitors.revealId', { visitId: v.id, reason: '派出所协查' }, guard)).toEqual({ idNumber: WANG_ID });
    const last = auditSummaries().at(-1) ?? '';
    expect(last).toContain('查看完整证件号码：访客 FK-20261120-0001 王建华（1101**********8670），原因：派出所协查');
    expect(last).not.toContain(WANG_ID);
    const reg = await t.ok<RegisterData>('visitors.register', { from: '2026-11-20', to: '2026-11-20' }, guard);
    expect(JSON.stringify(reg)).not.toContain(WANG_ID);
    const slip = await t.ok<VisitSlip>('visitors.slip', { id: v.id }, desk);
    expect(slip).toMatchObject({ visitNo: 'FK-20261120-0001', idLabel: '居民身份证 1101**********8670', host: '3栋2单元1203 张伟' });
  });

  it('purges ID numbers and phones past the retention for good, by hand and by the desk\'s own job', async () => {
    await t.ok('visitors.settings.update', { retentionDays: 30 }, admin);
    const old = await checkIn(wang());
    await t.ok('visitors.checkOut', { id: old.id }, desk);
    await advance(20 * 24 * 60);
    const recent = await checkIn(wang({ name: '刘强', idNumber: LIU_ID, phone: '13800005678' }));
    await t.ok('visitors.checkOut', { id: recent.id }, desk);
    await advance(11 * 24 * 60); // the first visit is now 31 days old, the second 11
    const result = await t.ok<{ visits: number; people: number }>('visitors.purge', {}, admin);
    expect(result).toMatchObject({ visits: 1, people: 1 });

    const first = await t.ok<VisitRow>('visitors.get', { id: old.id }, guard);
    expect(first).toMatchObject({ purged: true, idNumberMasked: '1101**********8670', phone: '139****5678', name: '王建华' });
    const raw = t.desk.store.db.prepare('SELECT id_number, phone FROM visits WHERE id = ?').get(old.id);
    expect(raw).toEqual({ id_number: '1101**********8670', phone: '139****5678' });
    expect(await t.call('visitors.revealId', { visitId: old.id, reason: '协查' }, guard)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Phone and ID tails no longer find the purged visit or person; the name still does.
    expect((await t.ok<{ rows: VisitRow[] }>('visitors.search', { q: '5678' }, guard)).rows.map((r) => r.name)).toEqual(['刘强']);
    expect((await t.ok<VisitorPersonRow[]>('visitors.people.search', { q: '8670' }, desk))).toEqual([]);
    const [person] = await t.ok<VisitorPersonRow[]>('visitors.people.search', { q: '王建华' }, desk);
    expect(person).toMatchObject({ hasIdNumber: false, phone: '139****5678' });
    expect(await t.call('visitors.checkIn', wang({ personId: person.id, idNumber: '' }), desk)).toMatchObject({
      ok: false, error: { fields: { idNumber: '必填' } },
    });
    expect(auditSummaries().at(-1)).toContain('1 条访客记录、1 位访客档案的证件号码和电话已不可逆地遮盖');

    await advance(20 * 24 * 60); // the second visit is 31 days old now
    const job = (await import('../../src-main/jobs/schedule')).JOBS.find((j) => j.name === 'visitors.purge');
    expect(await t.desk.runJob(job!)).toContain('1 条访客记录');
    expect(t.desk.store.db.prepare('SELECT count(*) FROM visits WHERE purged = 0').pluck().get()).toBe(0);
  });
});

describe('pass holders and registers', () => {
  it('checks a pass holder in by scanning the pass; refused passes say why and register nothing', async () => {
    const b3 = (await t.ok<{ id: number; name: string }[]>('directory.buildings.list', {}, desk)).find((b) => b.name === '3栋')!.id;
    const pass = await t.ok<{ id: number; number: string }>('passes.issue', {
      holderName: '王师傅', idType: 'resident_id', idNumber: '110101199003078670', phone: '13912345678', company: '光明乳业',
      category: 'milk', validFrom: '2026-11-20', validTo: '2026-11-30', buildingIds: [b3],
    }, desk);
    const v = await t.ok<VisitRow>('visitors.checkInByPass', { number: pass.number.toLowerCase() }, desk);
    expect(v).toMatchObject({ name: '王师傅', company: '光明乳业', passNumber: pass.number, buildingName: '3栋', purpose: `送奶（出入证 ${pass.number}）`, unitId: null });
    expect(await t.call('visitors.checkInByPass', { number: pass.number }, desk)).toMatchObject({ ok: false, error: { code: 'ALREADY_ON_SITE' } });
    await t.ok('visitors.checkOut', { id: v.id }, desk);
    await t.ok('passes.revoke', { id: pass.id, reason: '合同到期' }, guard);
    const before = storeFingerprint(t.desk);
    expect(await t.call('visitors.checkInByPass', { number: pass.number }, desk)).toMatchObject({
      ok: false, error: { code: 'PASS_REVOKED', message: expect.stringContaining('合同到期') },
    });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('prints the visitor register by period on A4 landscape, and exports it', async () => {
    await checkIn(wang());
    await advance(24 * 60);
    await checkIn(wang({ name: '刘强', idType: 'passport', idNumber: 'E12345678', phone: '' }));
    const reg = await t.ok<RegisterData>('visitors.register', { from: '2026-11-21', to: '2026-11-21' }, guard);
    expect(reg).toMatchObject({ title: '访客登记表', orientation: 'landscape', periodLabel: '2026-11-21 至 2026-11-21' });
    expect(reg.rows).toHaveLength(1);
    expect(reg.rows[0]).toMatchObject({ no: '1', visitNo: 'FK-20261121-0001', name: '刘强', idNumber: '护照 E123*5678', desk: '钱梅', timeOut: '在场' });
    expect((await t.ok<RegisterData>('visitors.register', { from: '2026-11-20', to: '2026-11-21' }, guard)).rows).toHaveLength(2);
    expect(await t.call('visitors.register', { from: '2026-11-21', to: '2026-11-20' }, guard)).toMatchObject({ ok: false, error: { fields: { to: expect.any(String) } } });
    const xlsx = await t.ok<{ fileName: string }>('registers.xlsx', { channel: 'visitors.register', params: { from: '2026-11-21', to: '2026-11-21' } }, guard);
    expect(xlsx.fileName).toBe('visitors-20261121-20261121.xlsx');
  });

  it('keeps the configurable purposes and times, refusing a malformed time', async () => {
    expect((await t.ok<{ purposes: string[] }>('visitors.settings.get', {}, desk)).purposes).toContain('探亲访友');
    const s = await t.ok('visitors.settings.update', { purposes: ['装修', '送货'], autoCheckOutTime: '22:30', printSlip: true }, admin);
    expect(s).toEqual({ purposes: ['装修', '送货'], autoCheckOutTime: '22:30', retentionDays: 180, printSlip: true });
    expect(await t.call('visitors.settings.update', { autoCheckOutTime: '24:00' }, admin)).toMatchObject({
      ok: false, error: { fields: { autoCheckOutTime: '时间格式应为 HH:mm，例如 23:00' } },
    });
    expect(await t.call('visitors.settings.update', { retentionDays: 7 }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyCategoryRow, KeyRow, KeyStatistics } from '../../src-shared/modules/keys';
import type { RegisterData } from '../../src-shared/modules/registers';
import { storeFingerprint } from '../support/desk';
import { setupKeyDesk, type KeyDesk } from './keys-support';

let k: KeyDesk;
beforeEach(async () => {
  k = await setupKeyDesk('2026-11-20T09:00:00+08:00');
});
afterEach(() => k.t.close());

const list = (includeInactive = false) => k.t.ok<KeyCategoryRow[]>('keys.categories.list', { includeInactive }, k.desk);
const saveCat = (input: Record<string, unknown>) => k.t.ok<KeyCategoryRow[]>('keys.categories.save', input, k.guard);
const lastAudit = () => k.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;

describe('key categories', () => {
  it('are seeded with the seven categories the desk used so far, in order', async () => {
    expect((await list()).map((c) => [c.code, c.name, c.restrictedDefault, c.active])).toEqual([
      ['unit', '单元', false, true],
      ['plant_room', '设备房', true, true],
      ['public_area', '公共区域', false, true],
      ['vehicle', '车辆', false, true],
      ['cabinet', '柜锁', false, true],
      ['master', '总匙', true, true],
      ['other', '其他', false, true],
    ]);
  });

  it('are added by the security manager, and a new key takes the category default restriction', async () => {
    const rows = await saveCat({ name: '电梯机房', restrictedDefault: true });
    const lift = rows.find((c) => c.name === '电梯机房');
    expect(lift).toMatchObject({ code: 'c8', restrictedDefault: true, active: true, sort: 80, inUse: 0 });
    expect(lastAudit()).toBe('新增钥匙类别 电梯机房（c8），默认受控，启用');
    const key = await k.save({ name: '1号电梯机房门', category: 'c8', place: '3栋顶层电梯机房', cabinet: 'B柜' });
    expect(key).toMatchObject({ category: 'c8', categoryName: '电梯机房', restricted: true });
    // Searching by the category's name finds the key.
    const found = await k.t.ok<{ rows: KeyRow[] }>('keys.search', { q: '电梯机房' }, k.desk);
    expect(found.rows.map((r) => r.id)).toEqual([key.id]);
    const byCategory = await k.t.ok<{ rows: KeyRow[] }>('keys.search', { category: 'c8' }, k.desk);
    expect(byCategory.rows.map((r) => r.id)).toEqual([key.id]);
  });

  it('are kept by managers only; the receptionist may read them', async () => {
    const before = storeFingerprint(k.t.desk);
    expect(await k.t.call('keys.categories.save', { name: '杂物间' }, k.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await k.t.call('keys.categories.save', { name: '设备房' }, k.guard)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);
    expect((await k.t.ok<KeyCategoryRow[]>('keys.categories.list', {}, k.manager)).length).toBe(7);
  });

  it('refuses a key with an unknown or deactivated category, writing nothing', async () => {
    await saveCat({ code: 'vehicle', name: '车辆', active: false });
    expect(lastAudit()).toBe('修改钥匙类别 车辆（vehicle）：停用');
    expect((await list()).map((c) => c.code)).not.toContain('vehicle');
    expect((await list(true)).find((c) => c.code === 'vehicle')).toMatchObject({ active: false });
    const before = storeFingerprint(k.t.desk);
    const unknown = await k.t.call('keys.save', { name: '杂物间钥匙', category: 'storeroom', place: '1栋杂物间' }, k.desk);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { category: '没有这个钥匙类别' } } });
    const inactive = await k.t.call('keys.save', { name: '车库道闸钥匙', category: 'vehicle', place: '地下车库道闸' }, k.desk);
    expect(inactive).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { category: '钥匙类别“车辆”已停用' } } });
    expect(await k.t.call('keys.save', { name: '杂物间钥匙', category: 'Bad Code', place: '1栋杂物间' }, k.desk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { category: expect.any(String) } },
    });
    expect(storeFingerprint(k.t.desk)).toBe(before);
  });

  it('a key of a deactivated category keeps it when edited', async () => {
    const gate = await k.save({ name: '车库道闸钥匙', category: 'vehicle', place: '地下车库道闸', cabinet: 'A柜' });
    await saveCat({ code: 'vehicle', name: '车辆', active: false });
    const edited = await k.save({ id: gate.id, name: '车库道闸钥匙（旧）', category: 'vehicle', place: '地下车库道闸', cabinet: 'A柜' });
    expect(edited).toMatchObject({ category: 'vehicle', categoryName: '车辆', name: '车库道闸钥匙（旧）' });
  });

  it('in use are deactivated, never removed; unused ones may be removed', async () => {
    await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜' });
    const before = storeFingerprint(k.t.desk);
    const refused = await k.t.call('keys.categories.save', { code: 'unit', name: '单元', remove: true }, k.guard);
    expect(refused).toMatchObject({ ok: false, error: { code: 'IN_USE', message: expect.stringContaining('钥匙类别“单元”（1 条钥匙记录使用），只能停用') } });
    expect(storeFingerprint(k.t.desk)).toBe(before);
    const rows = await saveCat({ code: 'cabinet', name: '柜锁', remove: true });
    expect(rows.map((c) => c.code)).not.toContain('cabinet');
    expect(lastAudit()).toBe('删除钥匙类别 柜锁（cabinet）');
  });

  it('name the statistics, in their order, and a rename shows at once', async () => {
    await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜', copies: 2 });
    await k.save({ name: 'B1设备房门', category: 'plant_room', place: '设备房 B1', cabinet: 'B柜' });
    await k.save({ name: '3栋天台门', category: 'public_area', place: '3栋天台', cabinet: 'A柜' });
    const stats = () => k.t.ok<KeyStatistics>('keys.statistics', {}, k.guard);
    expect((await stats()).rows.map((r) => [r.category, r.categoryName, r.cabinet, r.copies])).toEqual([
      ['unit', '单元', 'A柜', 2],
      ['plant_room', '设备房', 'B柜', 1],
      ['public_area', '公共区域', 'A柜', 1],
    ]);
    await saveCat({ code: 'plant_room', name: '设备机房', restrictedDefault: true, sort: 5 });
    expect(lastAudit()).toBe('修改钥匙类别 设备房（plant_room）：名称 设备房 → 设备机房，排序 20 → 5');
    expect((await stats()).rows.map((r) => [r.category, r.categoryName])).toEqual([
      ['plant_room', '设备机房'],
      ['unit', '单元'],
      ['public_area', '公共区域'],
    ]);
    const register = await k.t.ok<RegisterData>('keys.statistics.register', {}, k.guard);
    expect(register.rows[0]).toMatchObject({ category: '设备机房', cabinet: 'B柜' });
    // The search text follows the new name.
    const found = await k.t.ok<{ rows: KeyRow[] }>('keys.search', { q: '设备机房' }, k.desk);
    expect(found.rows.map((r) => r.name)).toEqual(['B1设备房门']);
    expect(found.rows[0].categoryName).toBe('设备机房');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';

let t: TestDesk | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** The smallest valid PNG (1×1, transparent). */
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('settings: the print logo', () => {
  it('the general manager sets the logo; every register carries it in its header; clearing removes it', async () => {
    t = await setupDesk();
    const gm = await t.createUser('yuhai', '于海', ['general_manager']);
    const set = await t.ok<{ logo: string }>('settings.logo.set', { logoBase64: PNG_1x1 }, gm);
    expect(set.logo).toBe(`data:image/png;base64,${PNG_1x1}`);
    const clerk = await t.createUser('qianmei', '钱梅', ['receptionist']);
    expect(await t.ok('settings.logo.get', {}, clerk)).toEqual({ logo: set.logo });
    const reg = await t.ok<RegisterData>('visitors.register', { from: '2026-11-01', to: '2026-11-30' }, clerk);
    expect(reg.orgLogo).toBe(set.logo);
    expect(reg.orgName).toBe('阳光花园物业服务中心');
    const audit = t.desk.store.db.prepare(`SELECT summary FROM audit_log WHERE channel = 'settings.logo.set'`).pluck().get();
    expect(audit).toMatch(/^更换打印标志/);

    await t.ok('settings.logo.set', { logoBase64: null }, gm);
    expect((await t.ok<RegisterData>('visitors.register', { from: '2026-11-01', to: '2026-11-30' }, clerk)).orgLogo).toBeNull();
  });

  it('refuses a file that is not a PNG or JPEG, and a receptionist, changing nothing', async () => {
    t = await setupDesk();
    const before = storeFingerprint(t.desk);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64');
    const res = await t.call('settings.logo.set', { logoBase64: gif }, t.adminToken);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { logoBase64: '标志须为 PNG 或 JPEG 图片' } } });
    const clerk = await t.createUser('qianmei', '钱梅', ['receptionist']);
    const after = storeFingerprint(t.desk);
    expect((await t.call('settings.logo.set', { logoBase64: PNG_1x1 }, clerk)).ok).toBe(false);
    expect(storeFingerprint(t.desk)).toBe(after);
    expect(before).not.toContain('print.logo');
  });

  it('keeps the desk settings readable next to module keys', async () => {
    t = await setupDesk();
    await t.ok('settings.logo.set', { logoBase64: PNG_1x1 }, t.adminToken);
    expect(await t.ok('settings.get', {}, t.adminToken)).toEqual({ orgName: '阳光花园物业服务中心', idleMinutes: 10, language: 'zh-CN' });
  });
});

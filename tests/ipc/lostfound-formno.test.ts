import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LfSettings } from '../../src-shared/modules/lostfound';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupLfDesk, type LfDesk } from './lostfound-support';

let d: LfDesk;
beforeEach(async () => {
  d = await setupLfDesk();
});
afterEach(() => d.t.close());

const period = { from: '2026-11-23', to: '2026-11-23' };

describe('form numbers of the lost-and-found registers', () => {
  it('prints none until the company sets its own, then prints it on both registers and the workbook; the desk may not set it', async () => {
    await d.intake();
    const before = await d.t.ok<RegisterData>('lostfound.register', period, d.desk);
    expect(before).toMatchObject({ title: '撿拾物品記錄表', formNo: null });
    expect((await d.t.ok<LfSettings>('lostfound.settings.get', {}, d.desk)).registerFormNo).toBe('');

    expect(await d.t.call('lostfound.settings.update', { registerFormNo: 'QR-BA04-10-01' }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const s = await d.t.ok<LfSettings>('lostfound.settings.update', { registerFormNo: ' QR-BA04-10-01 ', disposalFormNo: 'QR-BA04-10-02' }, d.security);
    expect(s).toMatchObject({ registerFormNo: 'QR-BA04-10-01', disposalFormNo: 'QR-BA04-10-02', highValueYuan: 500 });

    expect(await d.t.ok<RegisterData>('lostfound.register', period, d.gm)).toMatchObject({ title: '撿拾物品記錄表', formNo: 'QR-BA04-10-01' });
    expect(await d.t.ok<RegisterData>('lostfound.disposalRegister', period, d.gm)).toMatchObject({ formNo: 'QR-BA04-10-02' });
    const audit = d.t.desk.store.db.prepare(`SELECT summary FROM audit_log WHERE summary LIKE '失物招领设置%'`).pluck().all() as string[];
    expect(audit.join('\n')).toContain('registerFormNo: "" → "QR-BA04-10-01"');
    const xlsx = await d.t.call('registers.xlsx', { channel: 'lostfound.register', params: period }, d.desk);
    expect(xlsx.ok).toBe(true);
  });
});

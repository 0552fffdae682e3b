import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, OccupantRow } from '../../src-shared/modules/directory';
import { BAD_ROWS, csvBase64, GOOD_ROWS, xlsxBase64 } from '../fixtures/directory';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';

let t: TestDesk;
let clerk: string;
beforeEach(async () => {
  t = await setupDesk();
  clerk = await t.createUser('lili', '李丽', ['receptionist']);
});
afterEach(() => t.close());

const occupants = async () => (await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { limit: 200 }, clerk)).rows;

describe('directory import', () => {
  it('imports a good .xlsx: buildings, units and occupants, in one audited step', async () => {
    const base64 = await xlsxBase64(GOOD_ROWS);
    const preview = await t.ok<ImportPreview>('directory.import.preview', { fileName: '住户名单.xlsx', base64 }, clerk);
    expect(preview).toMatchObject({ validCount: 7, errorCount: 0 });
    const auditBefore = t.desk.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    expect(await t.ok('directory.import.commit', { fileName: '住户名单.xlsx', base64, mode: 'all' }, clerk)).toEqual({ imported: 7, updated: 0, skipped: 0 });
    expect(t.desk.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 1);
    const rows = await occupants();
    expect(rows.map((o) => `${o.unitLabel} ${o.name}`)).toEqual(
      expect.arrayContaining(['3栋2单元1203 张三', '3栋1单元0502 李秀英', 'A座1501 深圳市南山区华强贸易有限公司']),
    );
    expect(rows.find((o) => o.name === '王芳')).toMatchObject({ kind: 'owner', phone: '15800002222', parcelConsent: true });
    expect(rows.find((o) => o.name === '陈建国')).toMatchObject({ kind: 'tenant', parcelConsent: false });
    const buildings = await t.ok<{ name: string; unitCount: number }[]>('directory.buildings.list', {}, clerk);
    expect(buildings.map((b) => b.name).sort()).toEqual(['3栋', '5栋', 'A座']);
  });

  it('re-importing updates instead of duplicating', async () => {
    const base64 = await xlsxBase64(GOOD_ROWS);
    await t.ok('directory.import.commit', { fileName: 'a.xlsx', base64, mode: 'all' }, clerk);
    const changed = GOOD_ROWS.map((r) => (r[3] === '张三' ? [...r.slice(0, 5), '13800009999', ...r.slice(6)] : r));
    expect(await t.ok('directory.import.commit', { fileName: 'b.xlsx', base64: await xlsxBase64(changed), mode: 'all' }, clerk)).toEqual({ imported: 0, updated: 7, skipped: 0 });
    const rows = await occupants();
    expect(rows).toHaveLength(7);
    expect(rows.find((o) => o.name === '张三')!.phone).toBe('13800009999');
  });

  it('reads CSV in UTF-8 with BOM and in GBK as Excel saves it', async () => {
    for (const [name, base64] of [['utf8.csv', csvBase64(GOOD_ROWS)], ['gbk.csv', csvBase64(GOOD_ROWS, 'gbk')]] as const) {
      const preview = await t.ok<ImportPreview>('directory.import.preview', { fileName: name, base64 }, clerk);
      expect(preview.errorCount).toBe(0);
      expect(preview.rows[0].values).toMatchObject({ building: '3栋', name: '张三', phone: '13812345678' });
    }
  });

  it('reports every bad row by line and imports nothing while the file has errors', async () => {
    const base64 = await xlsxBase64(BAD_ROWS);
    const preview = await t.ok<ImportPreview>('directory.import.preview', { fileName: 'bad.xlsx', base64 }, clerk);
    expect(preview).toMatchObject({ validCount: 1, errorCount: 5 });
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r.errors]));
    expect(byLine[2]).toEqual([]);
    expect(byLine[3]).toEqual(['楼栋不能为空']);
    expect(byLine[4]).toEqual(['类型应为 业主、租户 或 单位']);
    expect(byLine[5]).toEqual(['电话号码格式不正确']);
    expect(byLine[6]).toEqual(['与第 2 行重复（同一房号同一姓名）']);
    expect(byLine[7]).toEqual(['代收快递应填 是 或 否']);

    const before = storeFingerprint(t.desk);
    const refused = await t.call('directory.import.commit', { fileName: 'bad.xlsx', base64, mode: 'all' }, clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS', message: expect.stringContaining('5 行错误') } });
    expect(storeFingerprint(t.desk)).toBe(before);

    expect(await t.ok('directory.import.commit', { fileName: 'bad.xlsx', base64, mode: 'validOnly' }, clerk)).toEqual({ imported: 1, updated: 0, skipped: 5 });
    expect((await occupants()).map((o) => o.name)).toEqual(['刘洋']);
  });

  it('refuses a file that is not a table, in Chinese, changing nothing', async () => {
    const before = storeFingerprint(t.desk);
    const res = await t.call('directory.import.preview', { fileName: 'x.xlsx', base64: Buffer.from('not a zip').toString('base64') }, clerk);
    expect(res).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE', message: expect.stringContaining('无法读取文件') } });
    const noHeader = await t.call('directory.import.preview', { fileName: 'x.csv', base64: csvBase64([['a', 'b'], ['1', '2']]) }, clerk);
    expect(noHeader).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE' } });
    const wrongType = await t.call('directory.import.preview', { fileName: 'x.pdf', base64: 'AAAA' }, clerk);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileName: '只支持 .xlsx 或 .csv 文件' } } });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('exports the directory register to .xlsx with its Chinese header and rows', async () => {
    await t.ok('directory.import.commit', { fileName: 'a.xlsx', base64: await xlsxBase64(GOOD_ROWS), mode: 'all' }, clerk);
    const file = await t.ok<{ fileName: string; base64: string }>('registers.xlsx', { channel: 'directory.register', params: {} }, clerk);
    expect(file.fileName).toMatch(/^directory-\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(1, 1).value)).toBe('阳光花园物业服务中心 住户名录');
    expect(ws.getRow(4).values).toEqual([undefined, '序号', '房号', '姓名', '类型', '电话', '同意代收快递', '备注']);
    expect(ws.rowCount).toBe(4 + 7);
    const names = Array.from({ length: 7 }, (_, i) => String(ws.getCell(5 + i, 3).value));
    expect(names).toContain('张三丰');
  });

  it('refuses an export the caller’s roles may not read', async () => {
    const res = await t.call('registers.xlsx', { channel: 'audit.register', params: {} }, clerk);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

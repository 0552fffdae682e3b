import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerToXlsx } from '../../src-main/modules/registers/xlsx';
import { isImageCell, type RegisterData } from '../../src-shared/modules/registers';

// A 1×1 transparent PNG: the smallest real picture a signature cell can hold.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const data: RegisterData = {
  orgName: '测试物业',
  title: '撿拾物品記錄表',
  formNo: null,
  periodLabel: '2026-11-01 至 2026-11-23',
  generatedAt: '2026-11-23 12:00',
  columns: [
    { key: 'item', label: '物品', width: 12 },
    { key: 'claimSignature', label: '认领人签字', width: 12 },
  ],
  rows: [
    { item: '黑色钱包', claimSignature: PNG },
    { item: '雨伞', claimSignature: '' },
  ],
  orientation: 'landscape',
  signatures: [],
  fileStem: 'found',
};

describe('register image cells', () => {
  it('recognises only base64 png/jpeg data URLs as pictures', () => {
    expect(isImageCell(PNG)).toBe(true);
    expect(isImageCell('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isImageCell('张伟 data:image/png;base64,AAAA')).toBe(false);
    expect(isImageCell('')).toBe(false);
  });

  it('embeds a signature cell as a picture in the workbook and leaves the cell text empty', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await registerToXlsx(data)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(5).getCell(1).value).toBe('黑色钱包');
    expect(ws.getRow(5).getCell(2).text).toBe('');
    const images = ws.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].range.tl.nativeRow).toBe(4);
    expect(images[0].range.tl.nativeCol).toBe(1);
  });
});

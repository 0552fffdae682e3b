import { describe, expect, it } from 'vitest';
import { boxBarcode, cabinetBarcode, formatIndexNo, looksLikeIndexNo, parseIndexNo, parseStorageCode, type IndexProblemCode } from '../../src-shared/rules/index-number';

describe('archive index numbers (000 §5.3: *-*.*-**)', () => {
  it('formats category-cabinet.serial-box with a two-digit box', () => {
    expect(formatIndexNo({ category: 'f', cabinet: 3, serial: 1, box: 2 })).toBe('f-3.1-02');
    expect(formatIndexNo({ category: '6', cabinet: 12, serial: 2, box: 7 })).toBe('6-12.2-07');
    expect(formatIndexNo({ category: 'b', cabinet: 999, serial: 99, box: 99 })).toBe('b-999.99-99');
  });

  it.each([
    ['f-3.1-02', { category: 'f', cabinet: 3, serial: 1, box: 2 }, 'f-3.1-02'],
    ['6-12.2-07', { category: '6', cabinet: 12, serial: 2, box: 7 }, '6-12.2-07'],
    ['a-1.1-10', { category: 'a', cabinet: 1, serial: 1, box: 10 }, 'a-1.1-10'],
    // Decision: full-width input from a Chinese IME, the ideographic full stop, long dashes, spaces and an upper-case
    // category (scanner with Caps Lock) are normalised to the printed form.
    ['ｆ－３．１－０２', { category: 'f', cabinet: 3, serial: 1, box: 2 }, 'f-3.1-02'],
    ['F-3。1—02', { category: 'f', cabinet: 3, serial: 1, box: 2 }, 'f-3.1-02'],
    [' 7 - 4.3 - 11 ', { category: '7', cabinet: 4, serial: 3, box: 11 }, '7-4.3-11'],
  ])('parses %j', (text, value, canonical) => {
    const parsed = parseIndexNo(text);
    expect(parsed).toEqual({ ok: true, value, text: canonical });
  });

  it.each<[string, IndexProblemCode, string]>([
    ['', 'empty', '请输入索引号，格式为 类别-柜号.序号-盒号，例如 f-3.1-02'],
    ['g-3.1-02', 'category', '类别“g”不存在：受控文件为 a–f，非受控文件为 1–7'],
    ['8-3.1-02', 'category', '类别“8”不存在：受控文件为 a–f，非受控文件为 1–7'],
    ['0-3.1-02', 'category', '类别“0”不存在：受控文件为 a–f，非受控文件为 1–7'],
    ['f-3.1-2', 'box', '文件盒编号“2”应为两位数字，例如 02'],
    ['f-3.1-002', 'box', '文件盒编号“002”应为两位数字，例如 02'],
    ['f-3.1-0A', 'box', '文件盒编号“0A”应为两位数字，例如 02'],
    ['f-3.1-', 'box', '文件盒编号“”应为两位数字，例如 02'],
    ['f-3-02', 'serial', '缺少同号柜序列号（“.”之后），例如 f-3.1-02 中的 1'],
    ['f-3.-02', 'serial', '缺少同号柜序列号（“.”之后），例如 f-3.1-02 中的 1'],
    ['f-.1-02', 'cabinet', '缺少文件柜编号（“-”与“.”之间），例如 f-3.1-02 中的 3'],
    ['f-03.1-02', 'leadingZero', '文件柜编号“03”不能以 0 开头'],
    ['f-3.01-02', 'leadingZero', '同号柜序列号“01”不能以 0 开头'],
    ['f-0.1-02', 'range', '文件柜编号 0 超出范围（1–999）'],
    ['f-1000.1-02', 'range', '文件柜编号 1000 超出范围（1–999）'],
    ['f-3.100-02', 'range', '同号柜序列号 100 超出范围（1–99）'],
    ['f-3.1-00', 'range', '文件盒编号 00 超出范围（01–99）'],
    ['f3.1-02', 'shape', '索引号“f3.1-02”格式不正确，应为 类别-柜号.序号-盒号，例如 f-3.1-02'],
    ['f-3.1.02', 'shape', '索引号“f-3.1.02”格式不正确，应为 类别-柜号.序号-盒号，例如 f-3.1-02'],
    ['f-x.1-02', 'shape', '索引号“f-x.1-02”格式不正确，应为 类别-柜号.序号-盒号，例如 f-3.1-02'],
    ['3栋2单元1203', 'shape', '索引号“3栋2单元1203”格式不正确，应为 类别-柜号.序号-盒号，例如 f-3.1-02'],
  ])('refuses %j (%s) with a precise Chinese problem', (text, code, message) => {
    const parsed = parseIndexNo(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(code);
    expect(parsed.problem.message).toBe(message);
  });

  it('tells an index number from ordinary search text', () => {
    expect(looksLikeIndexNo('f-3.1-02')).toBe(true);
    expect(looksLikeIndexNo('ｆ－３．１－２')).toBe(true);
    expect(looksLikeIndexNo('g-3.1-02')).toBe(true);
    expect(looksLikeIndexNo('王建华')).toBe(false);
    expect(looksLikeIndexNo('3栋2单元1203')).toBe(false);
    expect(looksLikeIndexNo('QR-WD01-02-02')).toBe(false);
    expect(looksLikeIndexNo('GS-2024-018')).toBe(false);
  });

  it('encodes cabinet and box labels without the dot scanners cannot carry, and reads them back', () => {
    expect(cabinetBarcode(3, 1)).toBe('CAB-3-1');
    expect(boxBarcode(12, 2, 7)).toBe('BOX-12-2-07');
    expect(parseStorageCode('BOX-12-2-07')).toEqual({ kind: 'box', cabinet: 12, serial: 2, box: 7 });
    expect(parseStorageCode('cab-3-1')).toEqual({ kind: 'cabinet', cabinet: 3, serial: 1 });
    expect(parseStorageCode('BOX-3-1-7')).toBeNull();
    expect(parseStorageCode('BOX-3-1-00')).toBeNull();
    expect(parseStorageCode('f-3.1-02')).toBeNull();
  });
});

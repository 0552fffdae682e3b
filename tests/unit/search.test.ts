import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OccupantRow } from '../../src-shared/modules/directory';
import { charKeys, pinyinKeys, tailKeys } from '../../src-main/search/keys';
import { parseTerms } from '../../src-main/search/query';
import { GOOD_ROWS, xlsxBase64 } from '../fixtures/directory';
import { setupDesk, type TestDesk } from '../support/desk';

describe('search keys', () => {
  it('keeps every character and pair within a field, never across fields', () => {
    expect(charKeys(['张三丰', '3栋']).split(' ').sort()).toEqual(['3', '3栋', '三', '三丰', '丰', '张', '张三', '栋'].sort());
  });
  it('reads names in surname mode for initials and full pinyin', () => {
    expect(pinyinKeys(['张三丰'])).toBe('zsf zhangsanfeng');
    expect(pinyinKeys(['单于华']).split(' ')[0]).toBe('syh');
    expect(pinyinKeys(['曾小贤']).split(' ')[1]).toBe('zengxiaoxian');
  });
  it('reverses digits so a tail is a prefix', () => {
    expect(tailKeys(['138-1234-5678', '11010119900307123X'])).toBe('87654321831 x32170300991101011');
  });
  it('sends nothing to FTS for an empty or punctuation-only query', () => {
    expect(parseTerms('  ，。 ')).toEqual([]);
  });
});

describe('occupant search (1-, 2-, 3+-character Chinese, pinyin, phone tail, unit)', () => {
  let t: TestDesk;
  beforeAll(async () => {
    t = await setupDesk();
    await t.ok('directory.import.commit', { fileName: 'a.xlsx', base64: await xlsxBase64(GOOD_ROWS), mode: 'all' }, t.adminToken);
  });
  afterAll(() => t.close());

  const names = async (q: string) =>
    (await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { q }, t.adminToken)).rows.map((r) => r.name).sort();

  it.each([
    ['张', ['张三', '张三丰']],
    ['芳', ['王芳']],
    ['张三', ['张三', '张三丰']],
    ['建国', ['陈建国']],
    ['张三丰', ['张三丰']],
    ['华强贸易', ['深圳市南山区华强贸易有限公司']],
    ['zs', ['张三', '张三丰']],
    ['zsf', ['张三丰']],
    ['ZS', ['张三', '张三丰']],
    ['wangfang', ['王芳']],
    ['syh', ['单于华']],
    ['5678', ['张三']],
    ['1111', ['张三丰']],
    ['1234', ['陈建国']], // a tail, not any substring: 张三's 13812345678 has 1234 in the middle
    ['3栋', ['张三', '张三丰', '李秀英']],
    ['3栋2单元1203', ['张三', '张三丰']],
    ['A座', ['单于华', '深圳市南山区华强贸易有限公司']],
    ['3栋 zsf', ['张三丰']],
    ['钱', []],
    ['zhao', []],
  ])('%s → %j', async (q, expected) => {
    expect(await names(q)).toEqual([...expected].sort());
  });

  it('narrows to one building', async () => {
    const b = (await t.ok<{ id: number; name: string }[]>('directory.buildings.list', {}, t.adminToken)).find((x) => x.name === 'A座')!;
    const rows = (await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { q: '', buildingId: b.id }, t.adminToken)).rows;
    expect(rows.map((r) => r.name).sort()).toEqual(['单于华', '深圳市南山区华强贸易有限公司'].sort());
  });

  it('pages newest first by id', async () => {
    const first = await t.ok<{ rows: OccupantRow[]; nextBefore: number | null }>('directory.occupants.search', { q: '', limit: 3 }, t.adminToken);
    expect(first.rows).toHaveLength(3);
    expect(first.rows[0].id).toBeGreaterThan(first.rows[2].id);
    const next = await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { q: '', limit: 10, before: first.nextBefore! }, t.adminToken);
    expect(next.rows).toHaveLength(4);
    expect(next.rows[0].id).toBeLessThan(first.rows[2].id);
  });

  it('follows a rename: occupants are found under the new building name', async () => {
    const b = (await t.ok<{ id: number; name: string }[]>('directory.buildings.list', {}, t.adminToken)).find((x) => x.name === '5栋')!;
    await t.ok('directory.buildings.save', { id: b.id, name: '7栋' }, t.adminToken);
    expect(await names('7栋')).toEqual(['王芳', '陈建国'].sort());
    expect(await names('5栋')).toEqual([]);
  });

  it('hides occupants who moved out unless asked', async () => {
    const wang = (await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { q: '王芳' }, t.adminToken)).rows[0];
    await t.ok('directory.occupants.save', { id: wang.id, unitId: wang.unitId, name: wang.name, kind: wang.kind, phone: wang.phone, active: false }, t.adminToken);
    expect(await names('王芳')).toEqual([]);
    const all = await t.ok<{ rows: OccupantRow[] }>('directory.occupants.search', { q: '王芳', includeInactive: true }, t.adminToken);
    expect(all.rows.map((r) => r.name)).toEqual(['王芳']);
  });
});

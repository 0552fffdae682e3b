import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveBoxRow, ArchiveDocumentDetail, ArchiveDocumentRow } from '../../src-shared/modules/archive';
import type { RegisterData } from '../../src-shared/modules/registers';
import { OWNER_FILE, setupArchiveDesk, type ArchiveDesk } from './archive-support';

let d: ArchiveDesk;
let b02: ArchiveBoxRow;
let b03: ArchiveBoxRow;
let c12box7: ArchiveBoxRow;
beforeEach(async () => {
  d = await setupArchiveDesk();
  const c3 = await d.cabinet(3);
  b02 = await d.box(c3.id, 2, '3栋业主档案');
  b03 = await d.box(c3.id, 3, '3栋业主档案（续）');
  const c12 = await d.cabinet(12, 2, '工程部资料室');
  c12box7 = await d.box(c12.id, 7);
});
afterEach(() => d.t.close());

const search = async (input: Record<string, unknown>, token = d.archivist) =>
  (await d.t.ok<{ rows: ArchiveDocumentRow[]; nextBefore: number | null }>('archive.documents.search', input, token)).rows.map((r) => r.title);

describe('cataloguing (000 §5.4.3, QR-WD01-02-02)', () => {
  it('generates the index number from category and box, and accepts a typed or scanned index number', async () => {
    const doc = await d.file({ boxId: b02.id });
    expect(doc).toMatchObject({
      title: '3栋2单元1203 王建华 业主档案',
      docNo: 'YZ-2026-0317',
      category: 'f',
      categoryName: '业主档案',
      controlled: true,
      level: 'B',
      copies: 1,
      departmentName: '综合管理部',
      docDate: '2026-03-17',
      retention: '长期',
      publiclyPosted: false,
      boxId: b02.id,
      location: '办公室档案室',
      indexNo: 'f-3.1-02',
      status: 'active',
      createdBy: '丁兰',
    });
    expect(d.audit()).toContain('存档 f-3.1-02：3栋2单元1203 王建华 业主档案（f 业主档案，B级机密，1 份），综合管理部');

    // Typed with a Chinese IME (full-width) — normalised; the category must be the document's.
    const photo = await d.file({ title: '1号楼外立面竣工照片', category: '6', level: 'C', departmentId: d.dept('工程部'), indexNo: '６－１２．２－０７' });
    expect(photo).toMatchObject({ indexNo: '6-12.2-07', boxId: c12box7.id, controlled: false, categoryName: '照片、录像带' });
    const drawing = await d.file({ title: '地下车库给排水平面图', category: 'b', level: 'C', drawingNo: 'S-03', version: 'B版', departmentId: d.dept('工程部'), indexNo: 'b-3.1-03' });
    expect(drawing.indexNo).toBe('b-3.1-03');
    // A scanned box label files into that box with the document's own category.
    const scanned = await d.file({ title: '3栋2单元1204 赵磊 业主档案', indexNo: 'BOX-3-1-03' });
    expect(scanned.indexNo).toBe('f-3.1-03');
  });

  it('refuses malformed or unknown index numbers and bad input with precise Chinese messages, writing nothing', async () => {
    await d.file({ boxId: b02.id });
    const before = d.fingerprint();
    const refused = async (over: Record<string, unknown>) => {
      const res = await d.t.call('archive.documents.create', { ...OWNER_FILE, departmentId: d.dept('综合管理部'), ...over }, d.archivist);
      expect(res.ok).toBe(false);
      return res.ok ? {} : (res.error.fields ?? {});
    };
    expect(await refused({ indexNo: 'f-3.1-2' })).toEqual({ indexNo: '文件盒编号“2”应为两位数字，例如 02' });
    expect(await refused({ indexNo: 'g-3.1-02' })).toEqual({ indexNo: '类别“g”不存在：受控文件为 a–f，非受控文件为 1–7' });
    expect(await refused({ indexNo: 'f-3-02' })).toEqual({ indexNo: '缺少同号柜序列号（“.”之后），例如 f-3.1-02 中的 1' });
    expect(await refused({ indexNo: 'f-9.1-02' })).toEqual({ indexNo: '索引号 f-9.1-02 对应的文件柜 9.1 不存在，请先在存放位置中建立' });
    expect(await refused({ indexNo: 'f-3.1-09' })).toEqual({ indexNo: '索引号 f-3.1-09 对应的文件盒 3.1-09 不存在，请先在存放位置中建立' });
    expect(await refused({ indexNo: 'b-3.1-02' })).toEqual({ indexNo: '索引号 b-3.1-02 的类别与文件类别 f 不符' });
    expect(await refused({ indexNo: 'f-3.1-02', boxId: b02.id })).toEqual({ indexNo: '文件盒与索引号只能填写其一' });
    expect(await refused({})).toEqual({ boxId: '请选择文件盒，或输入 / 扫描索引号' });
    expect(await refused({ boxId: b02.id, docDate: '2026-02-30' })).toEqual({ docDate: '日期不存在' });
    expect(await refused({ boxId: b02.id, title: '' })).toMatchObject({ title: expect.any(String) });
    expect(await refused({ boxId: b02.id, category: 'h' })).toMatchObject({ category: expect.any(String) });
    expect(await refused({ boxId: b02.id, departmentId: 999 })).toEqual({ departmentId: '请选择在用的部门' });
    expect(d.fingerprint()).toBe(before);
  });

  it('re-indexes a moved document, keeps the move history and refuses a move to the same box', async () => {
    const doc = await d.file({ boxId: b02.id });
    const moved = await d.t.ok<ArchiveDocumentRow>('archive.documents.move', { id: doc.id, indexNo: 'f-3.1-03', reason: '3.1-02 盒已满' }, d.director);
    expect(moved).toMatchObject({ indexNo: 'f-3.1-03', boxId: b03.id });
    expect(d.audit()).toContain('移动存档 3栋2单元1203 王建华 业主档案：f-3.1-02 → f-3.1-03（3.1-02 盒已满）');

    // A changed category gives a new index number in the same box, kept in the history too.
    await d.t.ok('archive.documents.update', { ...OWNER_FILE, id: doc.id, category: 'a', level: 'C', departmentId: d.dept('办公室'), docDate: '2026-03-18' }, d.archivist);
    const detail = await d.t.ok<ArchiveDocumentDetail>('archive.documents.get', { id: doc.id }, d.head);
    expect(detail.document).toMatchObject({ indexNo: 'a-3.1-03', category: 'a', level: 'C', departmentName: '办公室', docDate: '2026-03-18' });
    expect(detail.moves).toEqual([
      { fromIndex: 'f-3.1-02', toIndex: 'f-3.1-03', reason: '3.1-02 盒已满', movedAt: '2026-11-23 10:00', movedBy: '潘红' },
      { fromIndex: 'f-3.1-03', toIndex: 'a-3.1-03', reason: '文件类别由 f 改为 a，重新编索引号', movedAt: '2026-11-23 10:00', movedBy: '丁兰' },
    ]);

    const before = d.fingerprint();
    const same = await d.t.call('archive.documents.move', { id: doc.id, boxId: b03.id }, d.archivist);
    expect(same).toMatchObject({ ok: false, error: { fields: { boxId: '文件已在 a-3.1-03，请选择另一个文件盒' } } });
    const bad = await d.t.call('archive.documents.move', { id: doc.id, indexNo: 'a-3.1-2' }, d.archivist);
    expect(bad).toMatchObject({ ok: false, error: { fields: { indexNo: '文件盒编号“2”应为两位数字，例如 02' } } });
    // The old index number no longer finds it; the new one does.
    expect(await search({ q: 'f-3.1-02' })).toEqual([]);
    expect(await search({ q: 'a-3.1-03' })).toEqual(['3栋2单元1203 王建华 业主档案']);
    expect(d.fingerprint()).toBe(before);
  });

  it('leaves a voided document where it was filed: no move, no edit', async () => {
    const doc = await d.file({ boxId: b02.id });
    // Voiding is doccontrol's (000 §5.9); here the status is set as that module would.
    d.t.desk.store.db.prepare(`UPDATE archive_documents SET status = 'voided' WHERE id = ?`).run(doc.id);
    const before = d.fingerprint();
    const move = await d.t.call('archive.documents.move', { id: doc.id, boxId: b03.id }, d.archivist);
    expect(move).toMatchObject({ ok: false, error: { code: 'ARCHIVE_NOT_ACTIVE', message: 'f-3.1-02 已作废，不能再移动或修改，未作任何更改' } });
    const edit = await d.t.call('archive.documents.update', { ...OWNER_FILE, id: doc.id, departmentId: d.dept('综合管理部') }, d.archivist);
    expect(edit).toMatchObject({ ok: false, error: { code: 'ARCHIVE_NOT_ACTIVE' } });
    expect(await search({ q: '王建华' })).toEqual([]);
    expect(await search({ q: '王建华', status: 'voided' })).toEqual(['3栋2单元1203 王建华 业主档案']);
    expect(d.fingerprint()).toBe(before);
  });
});

describe('search (defineSearchable archive_document) and the catalogue register', () => {
  beforeEach(async () => {
    await d.file({ boxId: b02.id });
    await d.file({ title: '3栋1单元0501 李娜 业主档案', docNo: 'YZ-2026-0102', boxId: b03.id });
    await d.file({ title: '地下车库给排水平面图', category: 'b', level: 'C', drawingNo: 'S-03', docNo: '', departmentId: d.dept('工程部'), indexNo: 'b-12.2-07', contentNote: '竣工图' });
    await d.file({ title: '消防设施年检公告', category: '1', level: 'C', docNo: 'GS-2026-018', publiclyPosted: true, departmentId: d.dept('办公室'), indexNo: '1-12.2-07' });
    await d.file({ title: '2026年度经营计划', category: 'a', level: 'A', docNo: 'JH-2026-001', departmentId: d.dept('办公室'), boxId: b03.id });
  });

  it('finds by title (1–2 characters too), numbers, drawing number, index number and filters', async () => {
    expect(await search({ q: '王建华' })).toEqual(['3栋2单元1203 王建华 业主档案']);
    expect(await search({ q: '李' })).toEqual(['3栋1单元0501 李娜 业主档案']);
    expect(await search({ q: '1203' })).toEqual(['3栋2单元1203 王建华 业主档案']);
    expect(await search({ q: 'YZ-2026-0102' })).toEqual(['3栋1单元0501 李娜 业主档案']);
    expect(await search({ q: 'S-03' })).toEqual(['地下车库给排水平面图']);
    expect(await search({ q: 'ｆ－３．１－０３' })).toEqual(['3栋1单元0501 李娜 业主档案']);
    expect(await search({ category: 'f' })).toEqual(['3栋1单元0501 李娜 业主档案', '3栋2单元1203 王建华 业主档案']);
    expect(await search({ level: 'A' }, d.gm)).toEqual(['2026年度经营计划']);
    expect(await search({ departmentId: d.dept('工程部') }, d.head)).toEqual(['地下车库给排水平面图']);
    expect(await search({ boxId: c12box7.id })).toEqual(['消防设施年检公告', '地下车库给排水平面图']);
    // 000 §5.6.4e: what an owner may borrow — drawings and publicly posted documents.
    expect(await search({ ownerBorrowable: true })).toEqual(['消防设施年检公告', '地下车库给排水平面图']);

    const page1 = await d.t.ok<{ rows: ArchiveDocumentRow[]; nextBefore: number | null }>('archive.documents.search', { limit: 3 }, d.archivist);
    expect(page1.rows).toHaveLength(3);
    const page2 = await d.t.ok<{ rows: ArchiveDocumentRow[]; nextBefore: number | null }>('archive.documents.search', { limit: 3, before: page1.nextBefore }, d.archivist);
    expect(page2.rows.map((r) => r.title)).toEqual(['3栋1单元0501 李娜 业主档案', '3栋2单元1203 王建华 业主档案']);
    expect(page2.nextBefore).toBeNull();

    // Scanned cabinet and box labels list what they hold.
    expect(await search({ q: 'BOX-3-1-03' })).toEqual(['2026年度经营计划', '3栋1单元0501 李娜 业主档案']);
    expect(await search({ q: 'CAB-12-2' })).toEqual(['消防设施年检公告', '地下车库给排水平面图']);
    expect(await d.t.call('archive.documents.search', { q: 'BOX-3-1-09' }, d.archivist)).toMatchObject({ ok: false, error: { fields: { q: '文件盒 3.1-09 不存在' } } });
    const bad = await d.t.call('archive.documents.search', { q: 'f-3.1-2' }, d.archivist);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { q: '文件盒编号“2”应为两位数字，例如 02' } } });
    const unknown = await d.t.call('archive.documents.search', { q: 'f-4.1-02' }, d.archivist);
    expect(unknown).toMatchObject({ ok: false, error: { fields: { q: '索引号 f-4.1-02 对应的文件柜 4.1 不存在，请先在存放位置中建立' } } });
  });

  it('prints 存档备案资料目录 QR-WD01-02-02 in index order with 起草人 / 审核人 / 审批人', async () => {
    const reg = await d.t.ok<RegisterData>('archive.catalogue', {}, d.director);
    expect(reg).toMatchObject({ title: '存档备案资料目录', formNo: 'QR-WD01-02-02', periodLabel: '全部存档文件 · 本表长期保存', signatures: ['起草人', '审核人', '审批人'] });
    expect(reg.columns.map((c) => c.label)).toEqual(['序号', '文件类别', '索引号', '文件名称 / 编号', '版本', '份数', '密级', '部门', '日期', '保管期限', '内容说明']);
    expect(reg.rows.map((r) => r.indexNo)).toEqual(['1-12.2-07', 'a-3.1-03', 'b-12.2-07', 'f-3.1-02', 'f-3.1-03']);
    expect(reg.rows[3]).toMatchObject({
      category: 'f 业主档案',
      title: '3栋2单元1203 王建华 业主档案 / YZ-2026-0317',
      copies: '1',
      level: 'B级机密',
      department: '综合管理部',
      contentNote: '购房合同复印件、业主登记表、装修申请',
    });
    expect(reg.rows[2].title).toBe('地下车库给排水平面图 / 图号 S-03');
    const owners = await d.t.ok<RegisterData>('archive.catalogue', { category: 'f' }, d.gm);
    expect(owners.periodLabel).toBe('文件类别：f 业主档案 · 本表长期保存');
    expect(owners.rows).toHaveLength(2);
    const xlsx = await d.t.ok<{ fileName: string }>('registers.xlsx', { channel: 'archive.catalogue', params: {} }, d.archivist);
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
  });

  it('refuses writing to readers and everything to the desk and the administrator', async () => {
    const before = d.fingerprint();
    const input = { ...OWNER_FILE, departmentId: d.dept('综合管理部'), boxId: b02.id };
    for (const token of [d.gm, d.head, d.desk, d.t.adminToken]) {
      expect(await d.t.call('archive.documents.create', input, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await d.t.call('archive.documents.move', { id: 1, boxId: b03.id }, d.head)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const token of [d.desk, d.t.adminToken]) {
      expect(await d.t.call('archive.documents.search', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await d.t.call('archive.catalogue', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(d.fingerprint()).toBe(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveCabinetRow, ArchiveLabels } from '../../src-shared/modules/archive';
import { setupArchiveDesk, type ArchiveDesk } from './archive-support';

let d: ArchiveDesk;
beforeEach(async () => {
  d = await setupArchiveDesk();
});
afterEach(() => d.t.close());

const list = (token = d.archivist, includeInactive = false) => d.t.ok<ArchiveCabinetRow[]>('archive.cabinets.list', { includeInactive }, token);

describe('storage map: cabinets and boxes', () => {
  it('keeps same-numbered cabinets apart by serial and shows each cabinet the index range it holds per category', async () => {
    const c31 = await d.cabinet(3, 1, '办公室档案室东墙');
    const c32 = await d.cabinet(3, 2, '办公室档案室西墙');
    expect(c31).toMatchObject({ number: 3, serial: 1, code: '3.1', location: '办公室档案室东墙', active: true, boxes: [], ranges: [], rangeText: '' });
    const b1 = await d.box(c31.id, 1, '3栋业主档案');
    const b2 = await d.box(c31.id, 2, '3栋业主档案（续）');
    const b5 = await d.box(c31.id, 5, '小区照片');
    expect(b2).toMatchObject({ boxNo: 2, code: '3.1-02', barcode: 'BOX-3-1-02', label: '3栋业主档案（续）', documents: 0 });
    await d.box(c32.id, 1);

    await d.file({ boxId: b1.id });
    await d.file({ title: '3栋1单元0501 李娜 业主档案', boxId: b2.id });
    await d.file({ title: '3栋2单元0803 陈晨 业主档案', boxId: b1.id });
    await d.file({ title: '2025年小区绿化改造照片', category: '6', level: 'C', departmentId: d.dept('工程部'), boxId: b5.id });

    const [first, second] = await list();
    expect(first.code).toBe('3.1');
    expect(first.ranges).toEqual([
      { category: '6', from: '6-3.1-05', to: '6-3.1-05', documents: 1 },
      { category: 'f', from: 'f-3.1-01', to: 'f-3.1-02', documents: 3 },
    ]);
    expect(first.rangeText).toBe('6-3.1-05；f-3.1-01～f-3.1-02');
    expect(first.boxes.map((b) => [b.code, b.documents])).toEqual([['3.1-01', 2], ['3.1-02', 1], ['3.1-05', 1]]);
    expect(second).toMatchObject({ code: '3.2', rangeText: '' });
    expect(d.audit()).toContain('新增文件柜 3.1（办公室档案室东墙）');
    expect(d.audit()).toContain('新增文件盒 3.1-02（3栋业主档案（续））');

    // The index ranges on the labels (000 §5.4.3: 在档案柜上贴好存放文件的索引号范围), codes for the barcodes.
    const labels = await d.t.ok<ArchiveLabels>('archive.labels', {}, d.archivist);
    expect(labels.orgName).toBe('阳光花园物业服务中心');
    expect(labels.cabinets[0]).toEqual({ code: '3.1', barcode: 'CAB-3-1', title: '文件柜 3.1', location: '办公室档案室东墙', rangeText: '6-3.1-05；f-3.1-01～f-3.1-02' });
    expect(labels.boxes.map((b) => b.code)).toEqual(['3.1-01', '3.1-02', '3.1-05', '3.2-01']);
    expect(labels.boxes[0]).toMatchObject({ title: '文件盒 3.1-01', label: '3栋业主档案', rangeText: 'f-3.1-01' });
    const one = await d.t.ok<ArchiveLabels>('archive.labels', { boxIds: [b5.id] }, d.gm);
    expect(one).toMatchObject({ cabinets: [], boxes: [{ code: '3.1-05', rangeText: '6-3.1-05' }] });
  });

  it('refuses a taken number, and renumbering or retiring storage that holds documents, changing nothing', async () => {
    const c = await d.cabinet(3);
    const b = await d.box(c.id, 2);
    await d.file({ boxId: b.id });
    const before = d.fingerprint();

    const taken = await d.t.call('archive.cabinets.save', { number: 3, serial: 1 }, d.archivist);
    expect(taken).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { serial: '文件柜 3.1 已存在，同号柜请使用其他序列号' } } });
    const boxTaken = await d.t.call('archive.boxes.save', { cabinetId: c.id, boxNo: 2 }, d.archivist);
    expect(boxTaken).toMatchObject({ ok: false, error: { fields: { boxNo: '文件盒 3.1-02 已存在' } } });
    const renumber = await d.t.call('archive.cabinets.save', { id: c.id, number: 4, serial: 1 }, d.archivist);
    expect(renumber).toMatchObject({
      ok: false,
      error: { code: 'ARCHIVE_STORAGE_IN_USE', message: '文件柜 3.1 中存放着 1 份文件（索引号含其编号），不能改号或停用，请先移出文件，未作任何更改' },
    });
    const retire = await d.t.call('archive.boxes.save', { id: b.id, cabinetId: c.id, boxNo: 2, active: false }, d.archivist);
    expect(retire).toMatchObject({ ok: false, error: { code: 'ARCHIVE_STORAGE_IN_USE', fields: { active: '存放着 1 份文件，不能停用' } } });
    const badBox = await d.t.call('archive.boxes.save', { cabinetId: c.id, boxNo: 100 }, d.archivist);
    expect(badBox).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(d.fingerprint()).toBe(before);

    // An empty cabinet may be moved to another number or retired; retired ones are listed only on request.
    const empty = await d.cabinet(7);
    await d.t.ok('archive.cabinets.save', { id: empty.id, number: 8, serial: 1, location: '库房', active: false }, d.director);
    expect((await list()).map((x) => x.code)).toEqual(['3.1']);
    expect((await list(d.head, true)).map((x) => [x.code, x.active])).toEqual([['3.1', true], ['8.1', false]]);
  });

  it('lets only the office write the storage map; GM and department heads read; desk and admin see nothing', async () => {
    const c = await d.cabinet(1);
    const refused = await d.t.call('archive.cabinets.save', { number: 2 }, d.gm);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('archive.boxes.save', { cabinetId: c.id, boxNo: 1 }, d.head)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('archive.cabinets.list', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('archive.cabinets.list', {}, d.t.adminToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('archive.labels', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.ok('archive.boxes.save', { cabinetId: c.id, boxNo: 1 }, d.director)).toMatchObject({ code: '1.1-01' });
    expect(await list(d.gm)).toHaveLength(1);
  });
});
